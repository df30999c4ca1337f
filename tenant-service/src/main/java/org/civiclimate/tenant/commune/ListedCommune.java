package org.civiclimate.tenant.commune;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** A commune in the operators' list: with when and by whom it was requested, and how many people it has. */
record ListedCommune(
        CommuneView view,
        OffsetDateTime createdAt,
        @Nullable Requester requester,
        int memberCount) {

    /** Whoever requested the commune, as they last signed in; null once their account is deleted. */
    record Requester(
            String userId, @Nullable String email, @Nullable String displayName) {}
}
