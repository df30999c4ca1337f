package org.civiclimate.assembly.draws;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What stays of a register uploaded for the letters, and is public: the file's SHA-256, its rows and households
 * (a household on several lines counted once), the households and letters per district ({@code ""} for rows without
 * one), whether the letters were drawn by district (null until drawn), and when the names and addresses were deleted.
 */
public record DrawRegister(
        String sha256,
        int rows,
        int households,
        List<District> districts,
        @Nullable Boolean lettersByDistrict,
        OffsetDateTime uploadedAt,
        @Nullable OffsetDateTime deletedAt) {

    public record District(String district, int households, int letters) {}
}
