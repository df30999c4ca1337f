package org.civiclimate.platform.web;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Collects every problem of a request, its annotations' and the rules that need more than the request (a commune's
 * languages), so that one 400 names them all rather than the annotations' first and the rules' next. The
 * annotations' problems get the codes the global handler gives them ({@link FieldProblems}).
 */
public final class FieldChecks {

    private final List<FieldProblem> problems = new ArrayList<>();

    private FieldChecks() {}

    public static FieldChecks none() {
        return new FieldChecks();
    }

    /** The problems of the request's annotations, in field order. */
    public static FieldChecks of(Validator validator, Object request) {
        var checks = new FieldChecks();
        validator.validate(request).stream()
                // A list's element is named "topics[1]", as the client sent it, not "topics[1].<list element>".
                .map(v -> FieldProblems.of(v.getPropertyPath().toString().replaceAll("\\.<[a-z ]+>", ""), v))
                .sorted(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::detail))
                .forEach(checks.problems::add);
        return checks;
    }

    public FieldChecks add(String field, FieldCode code, Map<String, Object> params, String detail) {
        return add(new FieldProblem(field, code, params, detail));
    }

    public FieldChecks add(String field, FieldCode code, String detail) {
        return add(new FieldProblem(field, code, detail));
    }

    public FieldChecks add(FieldProblem problem) {
        problems.add(problem);
        return this;
    }

    /**
     * Whether no problem names the field yet, nor any part of it ({@code topics[1]}, {@code mandates[3].seat}): a rule
     * is checked only on a value of the right form.
     */
    public boolean isFine(String field) {
        return problems.stream()
                .noneMatch(p -> p.field().equals(field)
                        || p.field().startsWith(field + "[")
                        || p.field().startsWith(field + "."));
    }

    public List<FieldProblem> problems() {
        return List.copyOf(problems);
    }

    /** A 400 naming every field at fault, if any is. */
    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new ApiProblem(
                    ProblemTypes.INVALID_REQUEST,
                    String.join(
                            "; ",
                            problems.stream()
                                    .map(p -> p.field() + ": " + p.detail())
                                    .toList()),
                    problems);
        }
    }

    /**
     * For a class-level constraint whose rules span fields: reports {@code problem} as a violation of its field,
     * carrying its code, params and detail, which {@link FieldProblems} (the global handler, {@link #of}) give back as
     * they are. The detail is the text itself, not a message template.
     */
    public static void report(ConstraintValidatorContext context, FieldProblem problem) {
        context.unwrap(HibernateConstraintValidatorContext.class)
                .withDynamicPayload(problem)
                .buildConstraintViolationWithTemplate(problem.detail()
                        .replace("\\", "\\\\")
                        .replace("{", "\\{")
                        .replace("$", "\\$"))
                .addPropertyNode(problem.field())
                .addConstraintViolation();
    }
}
