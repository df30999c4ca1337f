package org.civiclimate.assembly.assemblies;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.civiclimate.assembly.assemblies.domain.AssemblyKind;
import org.civiclimate.platform.web.TextRules;
import org.jspecify.annotations.Nullable;

/**
 * A new assembly. Format is checked by the annotations, the rotation's coherence (cohorts no more than seats, and
 * dividing the mandate) by {@link AssemblyService}: every field's problem in one answer.
 */
record AssemblyRequest(
        @NotBlank @Size(max = 120) @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.ONE_LINE_MESSAGE)
        String name,

        @NotNull AssemblyKind kind,

        @NotNull @Min(1) @Max(500) Integer seats,

        @NotNull @Min(1) @Max(72) Integer mandateMonths,

        @NotNull @Min(1) @Max(12) Integer cohorts,

        @NotNull LocalDate firstSittingOn,

        @Nullable @Size(max = 20)
        List<
                        @NotBlank @Size(max = 80)
                        @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.ONE_LINE_MESSAGE) String>
                topics) {}
