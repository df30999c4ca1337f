package org.civiclimate.platform.web;

import org.springframework.http.HttpStatus;

/** The problem types shared by every application. */
public final class ProblemTypes {

    public static final ProblemType INVALID_REQUEST =
            new ProblemType("invalid-request", "The request has invalid fields", HttpStatus.BAD_REQUEST);
    public static final ProblemType MALFORMED_BODY =
            new ProblemType("malformed-body", "The request body cannot be read", HttpStatus.BAD_REQUEST);
    public static final ProblemType UNAUTHENTICATED =
            new ProblemType("unauthenticated", "Authentication is required", HttpStatus.UNAUTHORIZED);
    public static final ProblemType FORBIDDEN =
            new ProblemType("forbidden", "You are not allowed to do this", HttpStatus.FORBIDDEN);
    public static final ProblemType NOT_A_MEMBER =
            new ProblemType("not-a-member", "You are not a member of this commune", HttpStatus.FORBIDDEN);
    public static final ProblemType NOT_FOUND = new ProblemType("not-found", "Not found", HttpStatus.NOT_FOUND);
    public static final ProblemType COMMUNE_NOT_FOUND =
            new ProblemType("commune-not-found", "No such commune", HttpStatus.NOT_FOUND);
    public static final ProblemType COMMUNE_READ_ONLY =
            new ProblemType("commune-read-only", "The commune is suspended", HttpStatus.LOCKED);
    public static final ProblemType METHOD_NOT_ALLOWED =
            new ProblemType("method-not-allowed", "Method not allowed", HttpStatus.METHOD_NOT_ALLOWED);
    public static final ProblemType NOT_ACCEPTABLE =
            new ProblemType("not-acceptable", "No acceptable representation", HttpStatus.NOT_ACCEPTABLE);
    public static final ProblemType CONFLICT =
            new ProblemType("conflict", "The request conflicts with the current state", HttpStatus.CONFLICT);
    public static final ProblemType PRECONDITION_FAILED = new ProblemType(
            "precondition-failed", "The resource changed since you read it", HttpStatus.PRECONDITION_FAILED);
    public static final ProblemType PAYLOAD_TOO_LARGE =
            new ProblemType("payload-too-large", "The request is too large", HttpStatus.CONTENT_TOO_LARGE);
    public static final ProblemType UNSUPPORTED_MEDIA_TYPE = new ProblemType(
            "unsupported-media-type", "The request's content type is not supported", HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    public static final ProblemType UNPROCESSABLE = new ProblemType(
            "unprocessable", "The request is well-formed but cannot be applied", HttpStatus.UNPROCESSABLE_CONTENT);
    public static final ProblemType RATE_LIMITED =
            new ProblemType("rate-limited", "Too many requests", HttpStatus.TOO_MANY_REQUESTS);
    public static final ProblemType INTERNAL =
            new ProblemType("internal-error", "Something went wrong on our side", HttpStatus.INTERNAL_SERVER_ERROR);
    public static final ProblemType UNAVAILABLE =
            new ProblemType("unavailable", "The service is unavailable", HttpStatus.SERVICE_UNAVAILABLE);

    private ProblemTypes() {}

    /** The shared type for a status the application did not name a more precise type for. */
    public static ProblemType forStatus(int status) {
        return switch (status) {
            case 400 -> INVALID_REQUEST;
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 412 -> PRECONDITION_FAILED;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 422 -> UNPROCESSABLE;
            case 429 -> RATE_LIMITED;
            case 503 -> UNAVAILABLE;
            default -> status >= 500 ? INTERNAL : INVALID_REQUEST;
        };
    }
}
