package org.civiclimate.tenant.commune;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.civiclimate.platform.web.TextRules;
import org.civiclimate.tenant.commune.domain.Commune;

/**
 * A request to create a commune. Format is checked here, the slug, country and official code rules of the domain by
 * {@link CommuneRules}: every field's problem in one answer.
 */
@CommuneRules
record CreateCommuneRequest(
        @NotBlank @Size(max = 63) String slug,

        @NotBlank @Size(max = 200) @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.ONE_LINE_MESSAGE)
        String name,

        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code, e.g. BE")
        String country,

        @NotBlank @Size(max = 12) String officialCode,

        @NotNull @Min(1) @Max(Commune.MAX_POPULATION) Integer population,

        @NotBlank @Size(max = 254) @Email String contactEmail,

        @NotEmpty @Size(max = 4)
        List<@NotNull @Pattern(regexp = "fr|nl|de|en", message = "must be one of fr, nl, de, en") String> languages) {}
