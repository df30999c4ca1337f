package org.civiclimate.platform.communes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.civiclimate.platform.communes.DirectoryTestApplication.Announced;
import org.civiclimate.platform.events.EventOutbox;
import org.civiclimate.platform.tenancy.CommuneId;
import org.civiclimate.platform.test.RealInfrastructure;
import org.civiclimate.platform.test.TestKafka;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The directory follows tenant-service's events through a real broker into a real database. */
@SpringBootTest
@RealInfrastructure(database = "directory_test")
class ReplicatedCommunesIT {

    @Autowired
    ReplicatedCommunes communes;

    @Autowired
    EventOutbox outbox;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    private final CommuneId id = new CommuneId(UUID.randomUUID());
    private final String slug = "dir-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void recordsACommuneWhenItIsProvisioned() {
        announce(new Announced(id.value(), slug, "Uccle", "BE", List.of("fr", "nl")));

        await().atMost(Duration.ofSeconds(30)).until(() -> communes.find(slug).isPresent());
        assertThat(communes.find(slug)).hasValue(new KnownCommune(id, slug, "Uccle", "BE", List.of("fr", "nl")));
        assertThat(communes.findBySlug(slug)).hasValue(id);
        assertThat(communes.find(id)).isPresent();
    }

    @Test
    void replayingTheEventChangesNothing() {
        announce(new Announced(id.value(), slug, "Namur", "BE", List.of("fr")));
        await().atMost(Duration.ofSeconds(30)).until(() -> communes.find(slug).isPresent());
        byte[] envelope = jdbc.sql("select envelope from outbox_event where commune_id = ?")
                .param(id.value())
                .query(byte[].class)
                .single();

        replay(envelope);
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
    void doesNotKnowACommuneThatWasNeverAnnounced() {
        assertThat(communes.findBySlug("never-" + slug)).isEmpty();
    }

    private void announce(Announced event) {
        transactions.executeWithoutResult(_ -> outbox.publish(new CommuneId(event.communeId()), event));
    }

    private void replay(byte[] envelope) {
        try (var producer = new KafkaProducer<String, byte[]>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            producer.send(new ProducerRecord<>("civiclimate.tenant.commune", id.toString(), envelope));
        }
    }
}
