package org.civiclimate.platform.web;

import java.util.List;
import java.util.Map;

/**
 * What is wrong with one field of a request: its JSON path (or parameter name), a stable {@link FieldCode} and the
 * values its message needs ({@code {"max": 200}}), for clients to translate; and an English detail for people
 * reading the raw response.
 */
public record FieldProblem(String field, FieldCode code, Map<String, Object> params, String detail) {

    public FieldProblem {
        params = Map.copyOf(params);
    }

    public FieldProblem(String field, FieldCode code, String detail) {
        this(field, code, Map.of(), detail);
    }

    /** The value is none of {@code allowed}. */
    public static FieldProblem oneOf(String field, List<String> allowed, String detail) {
        return new FieldProblem(field, FieldCode.ONE_OF, Map.of("allowed", List.copyOf(allowed)), detail);
    }
}
