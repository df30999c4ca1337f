package org.civiclimate.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class FieldChecksTest {

    private static final Validator VALIDATOR =
            Validation.buildDefaultValidatorFactory().getValidator();

    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = FromBeforeTo.Check.class)
    @interface FromBeforeTo {
        String message() default "breaks the rules";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        final class Check implements ConstraintValidator<FromBeforeTo, Trip> {
            @Override
            public boolean isValid(Trip trip, ConstraintValidatorContext context) {
                if (trip.from() <= trip.to()) {
                    return true;
                }
                context.disableDefaultConstraintViolation();
                FieldChecks.report(
                        context,
                        new FieldProblem(
                                "to", FieldCode.TOO_SMALL, Map.of("min", trip.from()), "must not be before {from}"));
                return false;
            }
        }
    }

    @FromBeforeTo
    record Trip(@Nullable @NotBlank @Size(max = 5) String name, int from, int to) {}

    @Test
    void givesTheAnnotationsProblemsTheGlobalHandlersCodesAndARuleItsOwn() {
        var checks = FieldChecks.of(VALIDATOR, new Trip("a long name", 5, 2));

        assertThat(checks.problems())
                .extracting(FieldProblem::field, FieldProblem::code, FieldProblem::params, FieldProblem::detail)
                .containsExactly(
                        tuple("name", FieldCode.TOO_LONG, Map.of("max", 5), "size must be between 0 and 5"),
                        tuple("to", FieldCode.TOO_SMALL, Map.of("min", 5), "must not be before {from}"));
        assertThat(checks.isFine("name")).isFalse();
        assertThat(checks.isFine("from")).isTrue();
    }

    @Test
    void aFieldIsFineOnlyWhileNoProblemNamesItOrAnyOfItsParts() {
        var checks = FieldChecks.none()
                .add("mandates[3].seat", FieldCode.REQUIRED, "must not be null")
                .add("topics[1]", FieldCode.TOO_LONG, "too long");

        assertThat(checks.isFine("mandates[3]")).isFalse();
        assertThat(checks.isFine("mandates")).isFalse();
        assertThat(checks.isFine("mandates[3].seat")).isFalse();
        assertThat(checks.isFine("mandates[3].userId")).isTrue();
        assertThat(checks.isFine("mandates[30]")).isTrue();
        assertThat(checks.isFine("topics")).isFalse();
        assertThat(checks.isFine("topic")).isTrue();
    }

    @Test
    void addsTheRulesThatNeedMoreThanTheRequestAndAnswersThemAllInOne400() {
        var checks = FieldChecks.of(VALIDATOR, new Trip(null, 1, 2))
                .add("from", FieldCode.ONE_OF, Map.of("allowed", java.util.List.of(1, 3)), "must be 1 or 3");

        assertThatThrownBy(checks::throwIfAny).isInstanceOfSatisfying(ApiProblem.class, problem -> {
            assertThat(problem.type()).isEqualTo(ProblemTypes.INVALID_REQUEST);
            assertThat(problem.fields())
                    .extracting(FieldProblem::field, FieldProblem::code)
                    .containsExactly(tuple("name", FieldCode.REQUIRED), tuple("from", FieldCode.ONE_OF));
            assertThat(problem.getMessage()).isEqualTo("name: must not be blank; from: must be 1 or 3");
        });
        FieldChecks.none().throwIfAny();
    }
}
