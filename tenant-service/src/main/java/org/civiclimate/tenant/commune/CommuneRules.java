package org.civiclimate.tenant.commune;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.Map;
import java.util.regex.Pattern;
import org.civiclimate.platform.web.FieldChecks;
import org.civiclimate.platform.web.FieldCode;
import org.civiclimate.platform.web.FieldProblem;
import org.civiclimate.tenant.commune.domain.Country;
import org.civiclimate.tenant.commune.domain.OfficialCode;
import org.civiclimate.tenant.commune.domain.Slug;

/**
 * The domain's rules on a commune request (slug, country, official code, languages listed once), checked with its
 * annotations, so that one 400 names every field at fault, each with its code. A rule is checked only on a value of
 * the right form: a field the annotations refuse gets their problem, not a second one. The only check of these rules:
 * {@link OnboardingService} takes a request that passed them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CommuneRules.Check.class)
@interface CommuneRules {

    String message() default "breaks the commune rules";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<CommuneRules, CreateCommuneRequest> {

        private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

        @Override
        public boolean isValid(CreateCommuneRequest request, ConstraintValidatorContext context) {
            context.disableDefaultConstraintViolation();
            var problems = new ArrayList<FieldProblem>();
            String slug = request.slug();
            if (slug != null && !slug.isBlank() && slug.length() <= 63) {
                Slug.problemWith(slug)
                        .ifPresent(p -> problems.add(new FieldProblem(
                                "slug",
                                p == Slug.Problem.RESERVED ? FieldCode.TAKEN : FieldCode.SLUG_FORMAT,
                                p.detail())));
            }
            String country = request.country();
            boolean countryFine = country != null && COUNTRY.matcher(country).matches();
            if (countryFine) {
                var problem = Country.problemWith(country);
                countryFine = problem.isEmpty();
                problem.ifPresent(p -> problems.add(new FieldProblem("country", FieldCode.COUNTRY_UNSUPPORTED, p)));
            }
            String code = request.officialCode();
            if (countryFine && code != null && !code.isBlank() && code.length() <= 12) {
                OfficialCode.problemWith(country, code)
                        .ifPresent(p -> problems.add(new FieldProblem(
                                "officialCode", FieldCode.OFFICIAL_CODE_FORMAT, Map.of("country", country), p)));
            }
            var languages = request.languages();
            if (languages != null && languages.stream().distinct().count() != languages.size()) {
                problems.add(new FieldProblem("languages", FieldCode.DUPLICATE, "must not list a language twice"));
            }
            problems.forEach(problem -> FieldChecks.report(context, problem));
            return problems.isEmpty();
        }
    }
}
