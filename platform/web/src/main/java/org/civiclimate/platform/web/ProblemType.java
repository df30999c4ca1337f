package org.civiclimate.platform.web;

import java.net.URI;
import org.springframework.http.HttpStatus;

/**
 * One kind of error the API answers with (RFC 9457): a stable type URI that clients may switch on, a short title and
 * the HTTP status. Features declare their own next to their code; the common ones are in {@link ProblemTypes}.
 */
public record ProblemType(String slug, String title, HttpStatus status) {

    /** Namespace of every problem type of the platform. */
    public static final String BASE = "https://civiclimate.org/problems/";

    public ProblemType {
        if (!slug.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("Problem slug must be lower-case kebab: " + slug);
        }
    }

    public URI uri() {
        return URI.create(BASE + slug);
    }
}
