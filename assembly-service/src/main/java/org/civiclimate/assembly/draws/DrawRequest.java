package org.civiclimate.assembly.draws;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.civiclimate.assembly.draws.domain.Sortition;
import org.civiclimate.platform.web.TextRules;
import org.jspecify.annotations.Nullable;

/**
 * A draw to prepare: the panel and reserves to draw, the algorithm, and the seed with where it was announced (a
 * future public lottery's numbers, or a seed the commune published) so that nobody can choose it after seeing the
 * pool. {@code timeBudgetSeconds} bounds the run (default 300).
 */
record DrawRequest(
        @NotBlank @Size(max = 200) @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.ONE_LINE_MESSAGE)
        String title,

        @NotNull @Min(1) @Max(1000) Integer panelSize,

        @NotNull @Min(0) @Max(1000) Integer reserveCount,

        @NotNull Sortition.Algorithm algorithm,

        @NotBlank @Size(max = 500) @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.ONE_LINE_MESSAGE)
        String seed,

        @NotBlank @Size(max = 500) @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.ONE_LINE_MESSAGE)
        String seedSource,

        @Nullable @Min(10) @Max(3600) Integer timeBudgetSeconds) {}
