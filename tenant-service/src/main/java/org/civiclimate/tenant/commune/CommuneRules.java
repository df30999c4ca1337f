package org.civiclimate.tenant.commune;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;
import org.civiclimate.tenant.commune.domain.Country;
import org.civiclimate.tenant.commune.domain.OfficialCode;
import org.civiclimate.tenant.commune.domain.Slug;
import org.jspecify.annotations.Nullable;

/**
 * The domain's rules on a commune request (slug, country, official code, languages listed once), checked with its
 * annotations, so that one 400 names every field at fault. A rule is checked only on a value of the right form: a
 * field the annotations refuse gets their problem, not a second one.
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
            boolean valid = true;
            String slug = request.slug();
            if (slug != null && !slug.isBlank() && slug.length() <= 63) {
                valid &= report(context, "slug", Slug.problemWith(slug).orElse(null));
            }
            String country = request.country();
            boolean countryFine = country != null && COUNTRY.matcher(country).matches();
            if (countryFine) {
                String problem = Country.problemWith(country).orElse(null);
                countryFine = problem == null;
                valid &= report(context, "country", problem);
            }
            String code = request.officialCode();
            if (countryFine && code != null && !code.isBlank() && code.length() <= 12) {
                valid &= report(
                        context,
                        "officialCode",
                        OfficialCode.problemWith(country, code).orElse(null));
            }
            var languages = request.languages();
            if (languages != null && languages.stream().distinct().count() != languages.size()) {
                valid &= report(context, "languages", "must not list a language twice");
            }
            return valid;
        }

        private static boolean report(ConstraintValidatorContext context, String field, @Nullable String problem) {
            if (problem == null) {
                return true;
            }
            // The message is the domain's text, not a template: escape what Bean Validation would interpolate.
            context.buildConstraintViolationWithTemplate(
                            problem.replace("\\", "\\\\").replace("{", "\\{").replace("$", "\\$"))
                    .addPropertyNode(field)
                    .addConstraintViolation();
            return false;
        }
    }
}
