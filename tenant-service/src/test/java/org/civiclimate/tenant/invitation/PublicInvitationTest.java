package org.civiclimate.tenant.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublicInvitationTest {

    @Test
    void hintsAtTheAddressByItsFirstLetterAndDomainOnly() {
        assertThat(PublicInvitation.hint("sam@signup.example")).isEqualTo("s•••@signup.example");
        assertThat(PublicInvitation.hint("a@b.be")).isEqualTo("a•••@b.be");
        assertThat(PublicInvitation.hint("élodie.long.name@x.fr")).isEqualTo("é•••@x.fr");
        assertThat(PublicInvitation.hint("broken")).isEqualTo("•••");
    }
}
