package org.civiclimate.platform.test;

import java.security.SecureRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Fixtures for communes: a fresh one per test is the clean slate (row-level security keeps it apart). */
public final class TestCommunes {

    private static final AtomicInteger NEXT_CODE = new AtomicInteger(new SecureRandom().nextInt(90_000));

    private TestCommunes() {}

    public static UUID anyId() {
        return UUID.randomUUID();
    }

    /** A slug no other test uses, e.g. {@code t-3f2a9c1d}. */
    public static String anySlug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * A Belgian NIS code no other commune of this test JVM has: official codes are unique per country, and random
     * ones among 90,000 would collide now and then.
     */
    public static String anyBelgianCode() {
        return String.valueOf(10_000 + NEXT_CODE.getAndIncrement() % 90_000);
    }

    /** The body of {@code POST /api/communes} for a Belgian commune with this slug. */
    public static String requestBody(String slug, String name) {
        return """
                {"slug": "%s", "name": "%s", "country": "BE", "officialCode": "%s", "population": 25000,
                 "contactEmail": "contact@%s.example", "languages": ["fr", "nl"]}""".formatted(slug, name, anyBelgianCode(), slug);
    }
}
