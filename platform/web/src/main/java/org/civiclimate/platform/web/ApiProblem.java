package org.civiclimate.platform.web;

import java.util.List;

/**
 * An expected rejection, thrown by a service and answered as problem+json. Carries no stack trace: it is an answer,
 * not a fault.
 */
public class ApiProblem extends RuntimeException {

    private final ProblemType type;
    private final List<FieldProblem> fields;

    public ApiProblem(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ApiProblem(ProblemType type, String detail, List<FieldProblem> fields) {
        super(detail, null, false, false);
        this.type = type;
        this.fields = List.copyOf(fields);
    }

    /** A rejection caused by a failure elsewhere (a dependency down), kept for the log, never shown to the caller. */
    public ApiProblem(ProblemType type, String detail, Throwable cause) {
        super(detail, cause, false, false);
        this.type = type;
        this.fields = List.of();
    }

    /** A 400 naming one field. */
    public static ApiProblem invalidField(String field, FieldCode code, String detail) {
        return new ApiProblem(
                ProblemTypes.INVALID_REQUEST, field + ": " + detail, List.of(new FieldProblem(field, code, detail)));
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldProblem> fields() {
        return fields;
    }
}
