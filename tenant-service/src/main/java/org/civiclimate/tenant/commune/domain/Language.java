package org.civiclimate.tenant.commune.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages the platform speaks; a commune works in one or more of them. */
public enum Language {
    FR,
    NL,
    DE,
    EN;

    /** The ISO 639-1 code, as in the API and events. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Language> ofCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code().equals(code)).findFirst();
    }
}
