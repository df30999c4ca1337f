package org.civiclimate.tenant.commune.domain;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The name of a commune in URLs ({@code /api/communes/uccle/...}): lower-case letters, digits and inner hyphens, 2 to
 * 63 characters (a DNS label, so it can also become a sub-domain), and not a word the platform's own routes use.
 */
public record Slug(String value) {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])");
    private static final Set<String> RESERVED =
            Set.of("admin", "api", "assets", "login", "logout", "me", "new", "public", "static", "www");

    /** Why a candidate cannot be a slug: it is not one, or the platform keeps it for itself. */
    public enum Problem {
        FORMAT("must be 2 to 63 lower-case letters, digits or inner hyphens"),
        DOUBLE_HYPHEN("must not contain two hyphens in a row"),
        RESERVED("is reserved by the platform");

        private final String detail;

        Problem(String detail) {
            this.detail = detail;
        }

        public String detail() {
            return detail;
        }
    }

    public Slug {
        problemWith(value).ifPresent(problem -> {
            throw new IllegalArgumentException(problem.detail());
        });
    }

    /** Why {@code candidate} cannot be a slug, if it cannot. */
    public static Optional<Problem> problemWith(String candidate) {
        if (!FORMAT.matcher(candidate).matches()) {
            return Optional.of(Problem.FORMAT);
        }
        if (candidate.contains("--")) {
            return Optional.of(Problem.DOUBLE_HYPHEN);
        }
        if (RESERVED.contains(candidate)) {
            return Optional.of(Problem.RESERVED);
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
