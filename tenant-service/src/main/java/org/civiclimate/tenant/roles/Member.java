package org.civiclimate.tenant.roles;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A person in a commune: their roles there and since when they have one. */
public record Member(
        String userId, @Nullable String email, @Nullable String name, List<CommuneRole> roles, OffsetDateTime since) {

    /** Someone whose last role was just taken away. */
    public static Member withoutRoles(String userId) {
        return new Member(userId, null, null, List.of(), OffsetDateTime.now());
    }
}
