package org.civiclimate.platform.test;

import java.util.UUID;

/** Fixtures for communes: a fresh one per test is the clean slate (row-level security keeps it apart). */
public final class TestCommunes {

    private TestCommunes() {}

    public static UUID anyId() {
        return UUID.randomUUID();
    }

    /** A slug no other test uses, e.g. {@code t-3f2a9c1d}. */
    public static String anySlug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
