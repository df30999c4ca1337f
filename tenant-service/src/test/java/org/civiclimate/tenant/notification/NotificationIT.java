package org.civiclimate.tenant.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.civiclimate.platform.infrastructure.MailCatcher.CapturedMail;
import org.civiclimate.platform.infrastructure.PlatformRealm;
import org.civiclimate.platform.test.TestCommunes;
import org.civiclimate.platform.test.TestMail;
import org.civiclimate.tenant.TenantServiceIT;
import org.junit.jupiter.api.Test;

/**
 * The requester hears that their commune is ready, its admins that it was suspended, in the commune's first language:
 * real SMTP, real events.
 */
class NotificationIT extends TenantServiceIT {

    @Test
    void emailsTheRequesterWhenReadyAndTheAdminsWhenSuspended() {
        String slug = TestCommunes.anySlug("mail");
        var anonymous = anonymous();
        var admin = as(PlatformRealm.DEMO_ADMIN);
        var operator = as(PlatformRealm.DEMO_OPERATOR);
        activeCommune(admin, slug);

        // In the commune's first language (French: « de Commune … », not elided before a consonant).
        var ready = mailAbout("L’espace de la commune de Commune " + slug + " est prêt");
        assertThat(ready.text()).contains("/communes/" + slug).contains("Bonjour");

        operator.send(
                "PUT", "/api/communes/" + slug + "/suspension", "application/json", "{\"reason\": \"Audit pending\"}");
        assertThat(mailAbout("L’espace de la commune de Commune " + slug + " est suspendu")
                        .text())
                .contains("Motif\u00a0: Audit pending");
    }

    private static CapturedMail mailAbout(String subject) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> TestMail.to(PlatformRealm.DEMO_ADMIN).stream()
                        .anyMatch(m -> m.subject().startsWith(subject)));
        return TestMail.to(PlatformRealm.DEMO_ADMIN).stream()
                .filter(m -> m.subject().startsWith(subject))
                .findFirst()
                .orElseThrow();
    }
}
