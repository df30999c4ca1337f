package org.civiclimate.tenant.commune;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** A commune as the operators' list shows it: everything {@link CommuneResponse} has, and who asked for it when. */
record ListedCommuneResponse(
        @JsonUnwrapped CommuneResponse commune,
        OffsetDateTime createdAt,
        ListedCommune.@Nullable Requester requester,
        int memberCount) {

    static ListedCommuneResponse of(ListedCommune listed) {
        return new ListedCommuneResponse(
                CommuneResponse.of(listed.view()), listed.createdAt(), listed.requester(), listed.memberCount());
    }
}
