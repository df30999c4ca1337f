package org.civiclimate.tenant.network.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class NetworkMembershipTest {

    @Test
    void eitherSideStartsAndTheOtherSideMakesTheCommuneAMember() {
        assertThat(NetworkMembership.afterInvitation(Optional.empty())).isEqualTo(NetworkMembership.INVITED);
        assertThat(NetworkMembership.afterRequest(Optional.of(NetworkMembership.INVITED)))
                .isEqualTo(NetworkMembership.MEMBER);

        assertThat(NetworkMembership.afterRequest(Optional.empty())).isEqualTo(NetworkMembership.REQUESTED);
        assertThat(NetworkMembership.afterInvitation(Optional.of(NetworkMembership.REQUESTED)))
                .isEqualTo(NetworkMembership.MEMBER);
    }

    @Test
    void askingTwiceChangesNothing() {
        assertThat(NetworkMembership.afterInvitation(Optional.of(NetworkMembership.INVITED)))
                .isEqualTo(NetworkMembership.INVITED);
        assertThat(NetworkMembership.afterRequest(Optional.of(NetworkMembership.REQUESTED)))
                .isEqualTo(NetworkMembership.REQUESTED);
        assertThat(NetworkMembership.afterRequest(Optional.of(NetworkMembership.MEMBER)))
                .isEqualTo(NetworkMembership.MEMBER);
    }

    @Test
    void onlyMembersShare() {
        assertThat(NetworkMembership.MEMBER.shares()).isTrue();
        assertThat(NetworkMembership.INVITED.shares()).isFalse();
        assertThat(NetworkMembership.REQUESTED.shares()).isFalse();
    }
}
