package org.civiclimate.tenant.commune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.civiclimate.platform.infrastructure.PlatformRealm;
import org.civiclimate.platform.test.TestCommunes;
import org.civiclimate.tenant.TenantServiceIT;
import org.civiclimate.tenant.provisioning.KeycloakOrganizations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * tenant-service stopped mid-saga: an instance claimed a commune, created its Keycloak Organization and died before
 * recording it. Once the claim's lease runs out, another instance (here, the running one) takes the commune over,
 * finds the organization instead of making a second one, and the saga ends as usual, announced once.
 */
class OnboardingResumesIT extends TenantServiceIT {

    @Autowired
    KeycloakOrganizations organizations;

    @Test
    void anotherInstanceResumesWhereACrashedOneStopped() {
        var admin = as(PlatformRealm.DEMO_ADMIN);
        String adminId = admin.get("/api/me").json("$.userId");
        String slug = TestCommunes.anySlug("crash");
        UUID id = UUID.randomUUID();

        // What the crashed instance left: its claim on the commune (a lease ending in 2 s) and the organization.
        jdbc.sql("""
                        insert into commune (id, slug, name, country, languages, status, created_by, official_code,
                                             population, contact_email, next_attempt_at)
                        values (?, ?, ?, 'BE', '{fr}', 'PROVISIONING', ?, ?, 1000, 'crash@example.org',
                                now() + interval '2 seconds')""")
                .params(id, slug, "Crash " + slug, adminId, TestCommunes.anyBelgianCode())
                .update();
        String organization = organizations.create(slug, "Crash " + slug, id);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql("select organization_id from commune where id = ?")
                                .param(id)
                                .query(String.class)
                                .optional()
                                .orElse(null)
                        != null);
        assertThat(jdbc.sql("select organization_id from commune where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .as("the organization the crashed instance made, found again")
                .isEqualTo(organization);
        assertThat(KeycloakAdmin.organization(slug)).hasValue(organization);

        var services = new ServiceAcknowledgements();
        services.assemblyReady(id);
        services.planReady(id);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> "ACTIVE"
                        .equals(jdbc.sql("select status from commune where id = ?")
                                .param(id)
                                .query(String.class)
                                .single()));
        assertThat(jdbc.sql("select count(*) from outbox_event where commune_id = ? and type = 'commune.provisioned'")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }
}
