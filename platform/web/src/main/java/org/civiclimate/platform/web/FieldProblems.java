package org.civiclimate.platform.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ValidationException;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.jspecify.annotations.Nullable;

/**
 * Bean Validation constraints, and values of the wrong type, as {@link FieldProblem}s with their {@link FieldCode}: the
 * one mapping of the global handler and {@link FieldChecks}. A violation that a rule reported with its code
 * ({@link FieldChecks#report}) keeps that code.
 */
final class FieldProblems {

    /** A pattern that only lists literal values, {@code fr|nl|de|en} or {@code (?:ADMIN|FACILITATOR)}. */
    private static final java.util.regex.Pattern ALTERNATIVES =
            java.util.regex.Pattern.compile("\\(?(?:\\?:)?([\\w-]+(?:\\|[\\w-]+)+)\\)?");

    private FieldProblems() {}

    static FieldProblem of(String field, ConstraintViolation<?> violation) {
        String detail = violation.getMessage();
        var reported = reported(violation);
        if (reported != null) {
            return new FieldProblem(field, reported.code(), reported.params(), reported.detail());
        }
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        return switch (constraint) {
            case NotNull _, NotBlank _, NotEmpty _ -> new FieldProblem(field, FieldCode.REQUIRED, detail);
            case Size size -> size(field, size, violation.getInvalidValue(), detail);
            case Min min -> new FieldProblem(field, FieldCode.TOO_SMALL, Map.of("min", min.value()), detail);
            case DecimalMin min -> new FieldProblem(field, FieldCode.TOO_SMALL, Map.of("min", min.value()), detail);
            case Positive _ -> new FieldProblem(field, FieldCode.TOO_SMALL, Map.of("min", 1), detail);
            case PositiveOrZero _ -> new FieldProblem(field, FieldCode.TOO_SMALL, Map.of("min", 0), detail);
            case Max max -> new FieldProblem(field, FieldCode.TOO_LARGE, Map.of("max", max.value()), detail);
            case DecimalMax max -> new FieldProblem(field, FieldCode.TOO_LARGE, Map.of("max", max.value()), detail);
            case Negative _ -> new FieldProblem(field, FieldCode.TOO_LARGE, Map.of("max", -1), detail);
            case NegativeOrZero _ -> new FieldProblem(field, FieldCode.TOO_LARGE, Map.of("max", 0), detail);
            case Email _ -> new FieldProblem(field, FieldCode.EMAIL, detail);
            case Pattern pattern -> pattern(field, pattern.regexp(), detail);
            default -> new FieldProblem(field, FieldCode.INVALID, detail);
        };
    }

    /** The problem a rule reported with the violation ({@link FieldChecks#report}), if one did. */
    private static @Nullable FieldProblem reported(ConstraintViolation<?> violation) {
        try {
            HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
            return hibernate == null ? null : hibernate.getDynamicPayload(FieldProblem.class);
        } catch (ValidationException notHibernate) {
            return null;
        }
    }

    static FieldProblem pattern(String field, String regexp, String detail) {
        if (regexp.equals(TextRules.ONE_LINE)) {
            return new FieldProblem(field, FieldCode.ONE_LINE, detail);
        }
        if (regexp.equals(TextRules.SLUG)) {
            return new FieldProblem(field, FieldCode.SLUG_FORMAT, detail);
        }
        var alternatives = ALTERNATIVES.matcher(regexp);
        if (alternatives.matches()) {
            return oneOf(field, List.of(alternatives.group(1).split("\\|")), detail);
        }
        return new FieldProblem(field, FieldCode.FORMAT, detail);
    }

    static FieldProblem oneOf(String field, List<String> allowed, String detail) {
        return FieldProblem.oneOf(field, allowed, detail);
    }

    /** A value that could not be converted to {@code type}: an unknown constant of an enum, or a wrong type. */
    static FieldProblem wrongType(String field, @Nullable Class<?> type) {
        if (type != null && type.isEnum()) {
            var allowed = Arrays.stream(type.getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name())
                    .toList();
            return oneOf(field, allowed, "must be one of " + String.join(", ", allowed));
        }
        return new FieldProblem(field, FieldCode.INVALID_TYPE, "has a value of the wrong type or format");
    }

    private static FieldProblem size(String field, Size size, @Nullable Object value, String detail) {
        int length = switch (value) {
            case CharSequence text -> text.length();
            case Collection<?> items -> items.size();
            case Map<?, ?> entries -> entries.size();
            case Object[] items -> items.length;
            case null, default -> -1;
        };
        return length >= 0 && length < size.min()
                ? new FieldProblem(field, FieldCode.TOO_SHORT, Map.of("min", size.min()), detail)
                : new FieldProblem(field, FieldCode.TOO_LONG, Map.of("max", size.max()), detail);
    }
}
