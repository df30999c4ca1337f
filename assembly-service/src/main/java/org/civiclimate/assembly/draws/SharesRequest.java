package org.civiclimate.assembly.draws;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Target shares of the population (census figures) per value, to turn into quotas for a panel: each value gets its
 * share of the seats, give or take {@code tolerance} (default 0.1, a tenth of its seats, at least the rounding).
 */
record SharesRequest(
        @NotNull @Min(1) @Max(1000) Integer panelSize,

        @Nullable @DecimalMin("0") @DecimalMax("1") Double tolerance,

        @NotNull @Size(min = 1, max = 200) List<@NotNull @Valid CensusShare> shares) {

    record CensusShare(
            @NotBlank @Size(max = 100) String feature,

            @NotBlank @Size(max = 100) String value,

            @NotNull @DecimalMin("0") @DecimalMax("100000000")
            Double share) {}
}
