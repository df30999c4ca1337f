package org.civiclimate.platform.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Turns every exception that reaches Spring MVC into problem+json: bad input into a 4xx naming the field, expected
 * rejections ({@link ApiProblem}) into their type, anything else into a 500 that shows no internals.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ProblemExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ProblemDetail> apiProblem(ApiProblem problem) {
        if (problem.getCause() != null) {
            log.warn("{}: {}", problem.getMessage(), problem.getCause().toString());
        }
        return respond(Problems.of(problem));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException e) {
        var fields = e.getConstraintViolations().stream()
                .map(v -> FieldProblems.of(lastNode(v.getPropertyPath().toString()), v))
                .toList();
        return respond(Problems.of(ProblemTypes.INVALID_REQUEST, summary(fields), fields));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (RequestBodyTooLarge.isCauseOf(e)) {
            return respond(tooLarge());
        }
        if (e instanceof InvalidParameterException) {
            // Tomcat could not decode the query string (invalid UTF-8): the client's fault, whichever parameter.
            return respond(Problems.of(ProblemTypes.INVALID_REQUEST, "The query string is not valid UTF-8"));
        }
        log.error("Unexpected error", e);
        return respond(Problems.of(
                ProblemTypes.INTERNAL, "An unexpected error occurred; quote the request id when you report it."));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleExceptionInternal(
            Exception ex, @Nullable Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = toProblem(ex, body, status);
        return super.handleExceptionInternal(
                ex, problem, headers, HttpStatusCode.valueOf(problem.getStatus()), request);
    }

    private static ProblemDetail toProblem(Exception ex, @Nullable Object body, HttpStatusCode status) {
        return switch (ex) {
            case MethodArgumentNotValidException e -> invalid(fields(e.getBindingResult()));
            case HandlerMethodValidationException e -> invalid(fields(e));
            case MethodArgumentTypeMismatchException e ->
                invalid(List.of(FieldProblems.wrongType(e.getName(), e.getRequiredType())));
            case TypeMismatchException e ->
                invalid(List.of(FieldProblems.wrongType(String.valueOf(e.getPropertyName()), e.getRequiredType())));
            case MissingServletRequestParameterException e ->
                invalid(List.of(new FieldProblem(e.getParameterName(), FieldCode.REQUIRED, "is required")));
            case MissingRequestHeaderException e ->
                invalid(List.of(new FieldProblem(e.getHeaderName(), FieldCode.REQUIRED, "is required")));
            case HttpMessageNotReadableException e -> unreadable(e);
            default -> {
                String detail = body instanceof ProblemDetail given && given.getDetail() != null
                        ? given.getDetail()
                        : ProblemTypes.forStatus(status.value()).title();
                yield Problems.of(ProblemTypes.forStatus(status.value()), detail);
            }
        };
    }

    /** A body that {@link RequestSizeFilter} stopped while it was read: not malformed, and never a 500. */
    private static ProblemDetail tooLarge() {
        return Problems.of(ProblemTypes.PAYLOAD_TOO_LARGE, "The request body is longer than accepted");
    }

    private static ProblemDetail invalid(List<FieldProblem> fields) {
        return Problems.of(ProblemTypes.INVALID_REQUEST, summary(fields), fields);
    }

    private static ProblemDetail unreadable(HttpMessageNotReadableException e) {
        if (RequestBodyTooLarge.isCauseOf(e)) {
            return tooLarge();
        }
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof JacksonException json && !json.getPath().isEmpty()) {
                String field = jsonPath(json.getPath());
                var problem = FieldProblems.wrongType(
                        field, json instanceof MismatchedInputException input ? input.getTargetType() : null);
                return Problems.of(ProblemTypes.MALFORMED_BODY, field + ": " + problem.detail(), List.of(problem));
            }
        }
        return Problems.of(ProblemTypes.MALFORMED_BODY, "The request body is missing or is not valid JSON");
    }

    private static String jsonPath(List<JacksonException.Reference> path) {
        var field = new StringBuilder();
        for (var ref : path) {
            if (ref.getPropertyName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    /** Every field at fault, not only the first: a form shows them all at once. */
    private static List<FieldProblem> fields(BindingResult result) {
        var fields = new ArrayList<FieldProblem>();
        for (FieldError error : result.getFieldErrors()) {
            fields.add(problem(error.getField(), error, violation(error)));
        }
        result.getGlobalErrors().forEach(error -> fields.add(problem(error.getObjectName(), error, violation(error))));
        return fields;
    }

    private static List<FieldProblem> fields(HandlerMethodValidationException e) {
        var fields = new ArrayList<FieldProblem>();
        for (var result : e.getParameterValidationResults()) {
            String parameter = String.valueOf(result.getMethodParameter().getParameterName());
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                String field = error instanceof FieldError fieldError ? fieldError.getField() : parameter;
                fields.add(problem(field, error, unwrap(result, error)));
            }
        }
        return fields;
    }

    private static FieldProblem problem(
            String field, MessageSourceResolvable error, @Nullable ConstraintViolation<?> violation) {
        if (violation != null) {
            return FieldProblems.of(field, violation);
        }
        var codes = error.getCodes() == null ? List.<String>of() : List.of(error.getCodes());
        if (codes.contains("typeMismatch")) {
            return FieldProblems.wrongType(field, null);
        }
        return new FieldProblem(
                field, codes.contains("required") ? FieldCode.REQUIRED : FieldCode.INVALID, message(error));
    }

    private static @Nullable ConstraintViolation<?> violation(ObjectError error) {
        return error.contains(ConstraintViolation.class) ? error.unwrap(ConstraintViolation.class) : null;
    }

    private static @Nullable ConstraintViolation<?> unwrap(
            ParameterValidationResult result, MessageSourceResolvable error) {
        if (error instanceof ObjectError objectError) {
            return violation(objectError);
        }
        try {
            return result.unwrap(error, ConstraintViolation.class);
        } catch (IllegalArgumentException notAViolation) {
            return null;
        }
    }

    private static String message(MessageSourceResolvable error) {
        String message = error instanceof DefaultMessageSourceResolvable d ? d.getDefaultMessage() : null;
        return message == null ? "is invalid" : message;
    }

    private static String summary(List<FieldProblem> fields) {
        return fields.isEmpty()
                ? ProblemTypes.INVALID_REQUEST.title()
                : String.join(
                        "; ",
                        fields.stream().map(f -> f.field() + ": " + f.detail()).toList());
    }

    private static String lastNode(String propertyPath) {
        int dot = propertyPath.lastIndexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(Problems.MEDIA_TYPE)
                .body(problem);
    }
}
