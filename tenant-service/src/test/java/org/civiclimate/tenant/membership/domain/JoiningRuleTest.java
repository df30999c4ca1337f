package org.civiclimate.tenant.membership.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

class JoiningRuleTest {

    @Test
    void anOpenCommuneAdmitsEveryoneWithOrWithoutACode() {
        var open = new JoiningRule(JoinPolicy.OPEN, "ABCDEFGH23");

        assertThat(open.admits(null)).isTrue();
        assertThat(open.admits("wrong")).isTrue();
    }

    @Test
    void aCommuneWithACodeAdmitsOnlyThatCodeHoweverItIsTyped() {
        var rule = new JoiningRule(JoinPolicy.INVITATION_CODE, "ABCDEFGH23");

        assertThat(rule.admits("ABCDEFGH23")).isTrue();
        assertThat(rule.admits(" abcde-fgh23 ")).isTrue();
        assertThat(rule.admits("ABCDEFGH24")).isFalse();
        assertThat(rule.admits("")).isFalse();
        assertThat(rule.admits(null)).isFalse();
    }

    @Test
    void aNewCodeReplacesTheOldOneAndKeepsThePolicy() {
        var rule = JoiningRule.byDefault();
        var renewed = rule.withNewCode();

        assertThat(renewed.policy()).isEqualTo(JoinPolicy.INVITATION_CODE);
        assertThat(renewed.invitationCode()).isNotEqualTo(rule.invitationCode());
        assertThat(renewed.admits(rule.invitationCode())).isFalse();
    }

    @Test
    void codesAreUnambiguousAndDoNotRepeat() {
        var codes = new HashSet<String>();
        for (int i = 0; i < 1_000; i++) {
            codes.add(JoiningRule.newCode());
        }
        assertThat(codes).hasSize(1_000).allSatisfy(code -> assertThat(code).matches("[A-HJ-NP-Z2-9]{10}"));
    }

    @Test
    void refusesAMalformedCode() {
        assertThatThrownBy(() -> new JoiningRule(JoinPolicy.OPEN, "short")).hasMessageContaining("10 capital");
    }
}
