package org.civiclimate.tenant.commune.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProvisioningTest {

    @Test
    void namesTheServicesThatDidNotAcknowledgeInTheTimeoutReason() {
        var planSilent = new Provisioning(CommuneStatus.PROVISIONING, "org-1", true, false, 0);

        assertThat(planSilent.awaitsAcknowledgement()).isTrue();
        assertThat(planSilent.unacknowledgedBy()).containsExactly("plan-service");
        assertThat(planSilent.acknowledgementTimeout(Duration.ofMinutes(10)))
                .isEqualTo("acknowledgement-timeout: plan-service did not answer within PT10M");

        var bothSilent = new Provisioning(CommuneStatus.PROVISIONING, "org-1", false, false, 0);
        assertThat(bothSilent.acknowledgementTimeout(Duration.ofSeconds(5)))
                .startsWith(Provisioning.ACKNOWLEDGEMENT_TIMEOUT)
                .contains("assembly-service, plan-service");
    }

    @Test
    void awaitsNoAcknowledgementBeforeItsOrganizationExistsNorOnceBothCameIn() {
        assertThat(new Provisioning(CommuneStatus.PROVISIONING, null, false, false, 0).awaitsAcknowledgement())
                .isFalse();
        assertThat(new Provisioning(CommuneStatus.PROVISIONING, "org-1", true, true, 0).awaitsAcknowledgement())
                .isFalse();
        assertThat(new Provisioning(CommuneStatus.FAILED, "org-1", true, false, 0).awaitsAcknowledgement())
                .isFalse();
    }

    @Test
    void letsOnlyARequestAwaitingApprovalBeRejectedAndEndsThere() {
        assertThat(CommuneStatus.AWAITING_APPROVAL.canBecome(CommuneStatus.REJECTED))
                .isTrue();
        assertThat(CommuneStatus.PROVISIONING.canBecome(CommuneStatus.REJECTED)).isFalse();
        assertThat(CommuneStatus.ACTIVE.canBecome(CommuneStatus.REJECTED)).isFalse();
        assertThat(CommuneStatus.REJECTED.next()).isEmpty();
    }

    @Test
    void givesAdministratorsTheirPowersOnlyOnceTheCommuneIsSetUp() {
        assertThat(CommuneStatus.AWAITING_APPROVAL.administered()).isFalse();
        assertThat(CommuneStatus.PROVISIONING.administered()).isFalse();
        assertThat(CommuneStatus.FAILED.administered()).isFalse();
        assertThat(CommuneStatus.REJECTED.administered()).isFalse();
        assertThat(CommuneStatus.ACTIVE.administered()).isTrue();
        assertThat(CommuneStatus.SUSPENDED.administered()).isTrue();
        assertThat(CommuneStatus.AWAITING_APPROVAL.open()).isTrue();
        assertThat(CommuneStatus.PROVISIONING.open()).isTrue();
        assertThat(CommuneStatus.FAILED.open()).isFalse();
    }
}
