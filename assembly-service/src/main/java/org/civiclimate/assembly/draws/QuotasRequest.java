package org.civiclimate.assembly.draws;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.civiclimate.platform.web.TextRules;

/** A draw's quotas, replacing those it had: each feature's values with the seats they may take. */
record QuotasRequest(@NotNull @Size(min = 1, max = 200) List<@NotNull @Valid QuotaEntry> quotas) {

    record QuotaEntry(
            @NotBlank @Size(max = 100) @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.ONE_LINE_MESSAGE)
            String feature,

            @NotBlank @Size(max = 100) @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.ONE_LINE_MESSAGE)
            String value,

            @NotNull @Min(0) @Max(1000) Integer min,

            @NotNull @Min(0) @Max(1000) Integer max) {}
}
