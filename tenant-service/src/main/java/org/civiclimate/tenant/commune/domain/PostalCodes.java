package org.civiclimate.tenant.commune.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.civiclimate.platform.web.FieldCode;
import org.civiclimate.platform.web.FieldProblem;

/** The postal codes a commune covers: at most 50, each 1 to 10 letters, digits, spaces or hyphens (1180, SW1A 1AA). */
public final class PostalCodes {

    public static final int MAX = 50;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9 -]{1,10}");

    private PostalCodes() {}

    /** Why {@code code}, given in {@code field}, cannot be a postal code, if it cannot. */
    public static Optional<FieldProblem> problemWith(String field, String code) {
        return CODE.matcher(code).matches()
                ? Optional.empty()
                : Optional.of(new FieldProblem(
                        field, FieldCode.FORMAT, "must be 1 to 10 letters, digits, spaces or hyphens"));
    }

    /**
     * Why the list given in {@code field} cannot be a commune's postal codes, if it cannot (each code is checked on
     * its own).
     */
    public static Optional<FieldProblem> problemWithList(String field, List<String> codes) {
        if (codes.size() > MAX) {
            return Optional.of(new FieldProblem(
                    field, FieldCode.TOO_LONG, Map.of("max", MAX), "must list at most " + MAX + " postal codes"));
        }
        if (new HashSet<>(codes).size() != codes.size()) {
            return Optional.of(new FieldProblem(field, FieldCode.DUPLICATE, "must not list a postal code twice"));
        }
        return Optional.empty();
    }
}
