package org.civiclimate.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.civiclimate.platform.infrastructure.KafkaServer;
import org.civiclimate.platform.tenancy.CommuneContext;
import org.civiclimate.platform.tenancy.CommuneId;
import org.civiclimate.platform.test.RealInfrastructure;
import org.civiclimate.platform.test.TestKafka;
import org.civiclimate.platform.web.RequestId;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The transactional outbox against a real PostgreSQL and a real Kafka broker. */
@SpringBootTest
@RealInfrastructure(database = "events_test")
class OutboxIT {

    private static final String TOPIC = "civiclimate.test.greeting";

    @Autowired
    GreetingService greetings;

    @Autowired
    GreetingListener listener;

    @Autowired
    OutboxRelay relay;

    @Autowired
    EventOutbox outbox;

    @Autowired
    EventCatalogue catalogue;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    private final CommuneId commune = new CommuneId(UUID.randomUUID());

    @Test
    void anEventOfATransactionThatRollsBackIsNeverPublished() {
        assertThatThrownBy(() -> as(commune, () -> greetings.greet(commune, "rolled back", 0, true)))
                .hasMessageContaining("fails after publishing");
        UUID after = as(commune, () -> greetings.greet(commune, "committed after", 1, false));

        awaitReceived(after);
        assertThat(textsReceivedFor(commune)).containsExactly("committed after");
        assertThat(jdbc.sql("select count(*) from outbox_event where commune_id = ?")
                        .param(commune.value())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void anEventCommittedWhileKafkaIsDownIsPublishedOnceKafkaIsBack() {
        KafkaServer kafka = TestKafka.embedded().orElse(null);
        Assumptions.assumeTrue(kafka != null, "needs the embedded broker, to take it down");
        UUID during;
        kafka.stop();
        try {
            long failuresBefore = relay.failedAttempts();
            during = as(commune, () -> greetings.greet(commune, "during the outage", 0, false));
            // The relay tries, fails (nothing can be published while the broker is down) and keeps trying.
            await().atMost(Duration.ofSeconds(30)).until(() -> relay.failedAttempts() > failuresBefore);
            assertThat(published(during)).isFalse();
        } finally {
            kafka.start();
        }

        awaitReceived(during);
        assertThat(published(during)).isTrue();
    }

    @Test
    void eventsOfOneCommuneArriveInTheOrderTheyWereCommitted() {
        var other = new CommuneId(UUID.randomUUID());
        UUID last = null;
        UUID lastOther = null;
        for (int sequence = 0; sequence < 25; sequence++) {
            int s = sequence;
            last = as(commune, () -> greetings.greet(commune, "in order " + s, s, false));
            lastOther = as(other, () -> greetings.greet(other, "other " + s, s, false));
        }

        awaitReceived(last);
        awaitReceived(lastOther);
        assertThat(sequencesReceivedFor(commune)).isSorted().hasSize(25).doesNotHaveDuplicates();
        assertThat(sequencesReceivedFor(other)).isSorted().hasSize(25).doesNotHaveDuplicates();
    }

    @Test
    void anEventOnTheWireIsAStructuredCloudEventKeyedAndTaggedByItsCommune() {
        String requestId = "req-" + UUID.randomUUID();
        UUID greeting;
        try (var _ = RequestId.open(requestId)) {
            greeting = as(commune, () -> greetings.greet(commune, "on the wire", 7, false));
        }
        awaitReceived(greeting);

        var records = TopicReader.readUntil(
                TOPIC,
                found -> found.stream()
                        .anyMatch(r -> new String(r.value(), StandardCharsets.UTF_8).contains(greeting.toString())),
                Duration.ofSeconds(20));
        var record = records.stream()
                .filter(r -> new String(r.value(), StandardCharsets.UTF_8).contains(greeting.toString()))
                .findFirst()
                .orElseThrow();
        var event = EventFormatProvider.getInstance()
                .resolveFormat(JsonFormat.CONTENT_TYPE)
                .deserialize(record.value());

        assertThat(record.key()).isEqualTo(commune.toString());
        assertThat(new String(record.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8))
                .startsWith("application/cloudevents+json");
        assertThat(event.getType()).isEqualTo("test.greeted");
        assertThat(event.getSource()).hasToString("urn:civiclimate:events-test");
        assertThat(event.getDataSchema()).hasToString("urn:civiclimate:event:test.greeted:v1");
        assertThat(event.getExtension(CloudEvents.COMMUNE_ID)).isEqualTo(commune.toString());
        assertThat(event.getExtension(CloudEvents.REQUEST_ID)).isEqualTo(requestId);
        assertThat(catalogue.violations(
                        "test.greeted",
                        1,
                        JsonMapper.shared().readTree(event.getData().toBytes())))
                .isEmpty();
        assertThat(listener.received.stream()
                        .filter(r -> r.greeting().greetingId().equals(greeting))
                        .findFirst()
                        .orElseThrow()
                        .event()
                        .requestId())
                .isEqualTo(requestId);
    }

    @Test
    void publishingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> outbox.publish(commune, new Greeted(UUID.randomUUID(), "no transaction", 0)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("inside the transaction");
    }

    @Test
    void publishingDataThatBreaksItsSchemaIsRefusedAndWritesNothing() {
        String tooLong = "x".repeat(101);
        assertThatThrownBy(() -> as(commune, () -> greetings.greet(commune, tooLong, 0, false)))
                .hasMessageContaining("does not match its schema");

        Integer greetingsWritten = as(
                commune,
                () -> transactions.execute(_ -> jdbc.sql("select count(*) from greeting")
                        .query(Integer.class)
                        .single()));
        assertThat(greetingsWritten).isZero();
    }

    @Test
    void publishingForAnotherCommuneThanTheBoundOneIsRefused() {
        var other = new CommuneId(UUID.randomUUID());
        assertThatThrownBy(() -> as(
                        commune,
                        () -> transactions.execute(
                                _ -> outbox.publish(other, new Greeted(UUID.randomUUID(), "cross", 0)))))
                .hasMessageContaining("cannot be published while working for");
    }

    private boolean published(UUID greeting) {
        return relayedRows(greeting) > 0;
    }

    private int relayedRows(UUID greeting) {
        return jdbc.sql("""
                        select count(*) from outbox_event
                         where published_at is not null and convert_from(envelope, 'UTF8') like ?""").param("%" + greeting + "%").query(Integer.class).single();
    }

    private void awaitReceived(UUID greeting) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> listener.received.stream()
                        .anyMatch(r -> r.greeting().greetingId().equals(greeting)));
    }

    private List<String> textsReceivedFor(CommuneId commune) {
        return listener.received.stream()
                .filter(r -> r.event().commune().equals(commune))
                .map(r -> r.greeting().text())
                .toList();
    }

    private List<Integer> sequencesReceivedFor(CommuneId commune) {
        return listener.received.stream()
                .filter(r -> r.event().commune().equals(commune))
                .map(r -> r.greeting().sequence())
                .toList();
    }

    private static <T> T as(CommuneId commune, java.util.function.Supplier<T> work) {
        return CommuneContext.callAs(commune, work::get);
    }
}
