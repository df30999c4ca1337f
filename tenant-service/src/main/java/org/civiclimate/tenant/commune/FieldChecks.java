package org.civiclimate.tenant.commune;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.civiclimate.platform.web.ApiProblem;
import org.civiclimate.platform.web.FieldProblem;
import org.civiclimate.platform.web.ProblemTypes;

/**
 * Collects every problem of a request, its annotations' and the rules that need more than the request (the commune's
 * languages), so that one 400 names them all rather than the annotations' first and the rules' next.
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
                .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::detail))
                .forEach(checks.problems::add);
        return checks;
    }

    public FieldChecks add(String field, String detail) {
        problems.add(new FieldProblem(field, detail));
        return this;
    }

    /** Whether no problem names the field yet (a rule is checked only on a value of the right form). */
    public boolean isFine(String field) {
        return problems.stream()
                .noneMatch(p -> p.field().equals(field) || p.field().startsWith(field + "["));
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
}
