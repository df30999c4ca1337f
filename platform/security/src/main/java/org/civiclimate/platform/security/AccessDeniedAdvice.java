package org.civiclimate.platform.security;

import org.civiclimate.platform.web.ProblemTypes;
import org.civiclimate.platform.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A refusal raised inside a controller or service (method security, a missing caller) is a 403 or 401, not an
 * unexpected error.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccessDeniedAdvice {

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        return ResponseEntity.status(403)
                .contentType(Problems.MEDIA_TYPE)
                .body(Problems.of(ProblemTypes.FORBIDDEN, "You are not allowed to do this"));
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException e) {
        return ResponseEntity.status(401)
                .contentType(Problems.MEDIA_TYPE)
                .body(Problems.of(
                        ProblemTypes.UNAUTHENTICATED,
                        "A bearer token from the platform's identity provider is required"));
    }
}
