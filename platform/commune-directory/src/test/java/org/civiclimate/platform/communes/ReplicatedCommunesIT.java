package org.civiclimate.platform.communes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.civiclimate.platform.communes.DirectoryTestApplication.Announced;
import org.civiclimate.platform.communes.DirectoryTestApplication.Erased;
import org.civiclimate.platform.communes.DirectoryTestApplication.Reinstated;
import org.civiclimate.platform.communes.DirectoryTestApplication.RolesAnnounced;
import org.civiclimate.platform.communes.DirectoryTestApplication.Suspended;
import org.civiclimate.platform.events.fixtures.OtherServices;
import org.civiclimate.platform.tenancy.CommuneContext;
import org.civiclimate.platform.tenancy.CommuneDirectory.Listing;
import org.civiclimate.platform.tenancy.CommuneId;
import org.civiclimate.platform.test.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The directory follows tenant-service's events through a real broker into a real database. */
@SpringBootTest
@RealInfrastructure(database = "directory_test")
class ReplicatedCommunesIT {

    @Autowired
    ReplicatedCommunes communes;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CommuneMembers members;

    private final CommuneId id = new CommuneId(UUID.randomUUID());
    private final String slug = "dir-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void recordsACommuneWhenItIsProvisioned() {
        announce(new Announced(id.value(), slug, "Uccle", "BE", List.of("fr", "nl")));

        await().atMost(Duration.ofSeconds(30)).until(() -> communes.find(slug).isPresent());
        assertThat(communes.find(slug)).hasValue(new KnownCommune(id, slug, "Uccle", "BE", List.of("fr", "nl")));
        assertThat(communes.findBySlug(slug)).hasValue(new Listing(id, false));
        assertThat(communes.find(id)).isPresent();
    }

    @Test
    void replayingTheEventChangesNothing() {
        byte[] envelope = OtherServices.announce(id, new Announced(id.value(), slug, "Namur", "BE", List.of("fr")));
        await().atMost(Duration.ofSeconds(30)).until(() -> communes.find(slug).isPresent());

        OtherServices.deliverAgain(id, "commune.provisioned", envelope);
        // Same commune, same partition: once the rename is recorded, the replay before it was handled too.
        announce(new Announced(id.value(), slug, "Namur-Ville", "BE", List.of("fr")));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> communes.find(slug).orElseThrow().name().equals("Namur-Ville"));

        assertThat(jdbc.sql("select count(*) from known_commune where id = ?")
                        .param(id.value())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from processed_event where commune_id = ?")
                        .param(id.value())
                        .query(Integer.class)
                        .single())
                .as("the replay was recognised, not processed again")
                .isEqualTo(2);
    }

    @Test
    void listsASuspendedCommuneAsSuchUntilItIsReinstated() {
        announce(new Announced(id.value(), slug, "Uccle", "BE", List.of("fr")));
        announce(new Suspended(id.value(), slug, "Unpaid invoices"));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> communes.findBySlug(slug).map(Listing::suspended).orElse(false));

        announce(new Reinstated(id.value(), slug));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !communes.findBySlug(slug).orElseThrow().suspended());
    }

    @Test
    void followsEachMembersRolesAndForgetsThoseWhoLeft() {
        var other = new CommuneId(UUID.randomUUID());
        announce(new RolesAnnounced(id.value(), "ada", List.of("CITIZEN")));
        announce(new RolesAnnounced(id.value(), "ada", List.of("ADMIN", "CITIZEN")));
        announce(new RolesAnnounced(other.value(), "ada", List.of("FACILITATOR")));
        await().atMost(Duration.ofSeconds(30)).until(() -> rolesOf(id, "ada").size() == 2);

        assertThat(rolesOf(id, "ada")).containsExactlyInAnyOrder("ADMIN", "CITIZEN");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !rolesOf(other, "ada").isEmpty());
        assertThat(rolesOf(other, "ada")).as("each commune's roles apart").containsExactly("FACILITATOR");

        announce(new RolesAnnounced(id.value(), "ada", List.of()));
        await().atMost(Duration.ofSeconds(30)).until(() -> rolesOf(id, "ada").isEmpty());
        assertThat(rolesOf(other, "ada")).containsExactly("FACILITATOR");
    }

    @Test
    void forgetsAPersonWhoDeletedTheirAccount() {
        announce(new RolesAnnounced(id.value(), "gone", List.of("CITIZEN")));
        await().atMost(Duration.ofSeconds(30)).until(() -> !rolesOf(id, "gone").isEmpty());

        announce(id.value(), new Erased(id.value(), "gone"));

        await().atMost(Duration.ofSeconds(30)).until(() -> rolesOf(id, "gone").isEmpty());
    }

    @Test
    void doesNotKnowACommuneThatWasNeverAnnounced() {
        assertThat(communes.findBySlug("never-" + slug)).isEmpty();
    }

    private void announce(Announced event) {
        announce(event.communeId(), event);
    }

    private void announce(Suspended event) {
        announce(event.communeId(), event);
    }

    private void announce(Reinstated event) {
        announce(event.communeId(), event);
    }

    private void announce(RolesAnnounced event) {
        announce(event.communeId(), event);
    }

    private void announce(UUID commune, Object event) {
        OtherServices.announce(new CommuneId(commune), event);
    }

    private Set<String> rolesOf(CommuneId commune, String user) {
        return CommuneContext.callAs(commune, () -> members.rolesOf(user));
    }
}
