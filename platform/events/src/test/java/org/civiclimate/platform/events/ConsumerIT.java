package org.civiclimate.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.civiclimate.platform.tenancy.CommuneContext;
import org.civiclimate.platform.tenancy.CommuneId;
import org.civiclimate.platform.test.RealInfrastructure;
import org.civiclimate.platform.test.TestKafka;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Idempotent consumption and dead letters, against a real PostgreSQL and a real Kafka broker. */
@SpringBootTest
@RealInfrastructure(database = "events_test")
class ConsumerIT {

    private static final String TOPIC = "civiclimate.test.greeting";

    @Autowired
    GreetingService greetings;

    @Autowired
    GreetingListener listener;

    @Autowired
    ParkedEvents parked;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    private final CommuneId commune = new CommuneId(UUID.randomUUID());

    @Test
    void aDuplicateDeliveryTakesEffectOnce() {
        UUID greeting = greet("delivered twice", 0);
        awaitHandled(greeting);
        byte[] envelope = envelopeOf(greeting);

        send(commune.toString(), envelope);
        // Same commune, same partition: once this later event is handled, the duplicate before it was too.
        UUID marker = greet("after the duplicate", 1);
        awaitHandled(marker);

        assertThat(receiptsOf(greeting)).isEqualTo(1);
        assertThat(jdbc.sql(
                                "select count(*) from processed_event where event_id in "
                                        + "(select event_id::text from outbox_event where convert_from(envelope, 'UTF8') like ?)")
                        .param("%" + greeting + "%")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void anEventThatKeepsFailingIsParkedWithTheReasonAndItsCommunesLaterEventsWaitBehindIt() {
        UUID poison = greet("poison", 0);

        var parkedEvent = awaitParked(poison.toString());

        assertThat(parkedEvent.reason()).contains("can never be handled");
        assertThat(parkedEvent.topic()).isEqualTo(TOPIC);
        assertThat(parkedEvent.type()).isEqualTo("test.greeted");
        assertThat(parkedEvent.communeId()).isEqualTo(commune.toString());
        // Retried for a while (several attempts), then given up.
        assertThat(attemptsOf(poison)).isGreaterThan(1);
        // The same commune's next event waits behind it, unapplied; another commune's events still flow.
        UUID after = greet("after the poison", 1);
        assertThat(awaitParked(after.toString()).reason()).contains("Waits behind");
        var other = new CommuneId(UUID.randomUUID());
        awaitHandled(other, CommuneContext.callAs(other, () -> greetings.greet(other, "another commune", 0, false)));
        assertThat(receiptsOf(after)).isZero();
        assertThat(parked.replay(awaitParked(after.toString()).id())
                        .orElseThrow()
                        .outcome())
                .as("not before the event it waits behind")
                .isEqualTo("waiting-behind");
        assertThat(receiptsOf(poison)).isZero();
    }

    @Test
    void replayingEveryParkedEventAppliesACommunesEventsInTheirOrderOnceTheFaultIsMended() {
        listener.broken.set(true);
        UUID first = greet("fails until mended", 0);
        awaitParked(first.toString());
        UUID second = greet("held behind it", 1);
        awaitParked(second.toString());

        listener.broken.set(false);
        var replays = parked.replayAll();

        assertThat(replays).extracting(ParkedEvents.Replay::outcome).contains("applied");
        assertThat(receiptsOf(first)).isEqualTo(1);
        assertThat(receiptsOf(second)).isEqualTo(1);
        assertThat(listener.received.stream()
                        .filter(r -> r.event().commune().equals(commune)
                                && receiptsOf(r.greeting().greetingId()) > 0)
                        .map(r -> r.greeting().sequence())
                        .distinct()
                        .toList())
                .containsExactly(0, 1);
        awaitHandled(greet("flows again", 2));
    }

    @Test
    void anInvalidEventIsParkedAtOnce() {
        String marker = UUID.randomUUID().toString();
        send(
                commune.toString(),
                ("{\"specversion\":\"1.0\",\"id\":\"" + marker + "\",\"source\":\"urn:x\","
                                + "\"type\":\"test.greeted\",\"data\":{\"broken\":true}}")
                        .getBytes(StandardCharsets.UTF_8));

        assertThat(awaitParked(marker).reason()).contains("has no communeid");
    }

    @Test
    void anEventFromAProducerTheCatalogueDoesNotNameIsParkedAndNeverApplied() {
        UUID forged = UUID.randomUUID();
        send(
                commune.toString(),
                new Greeted(forged, "forged", 0).envelope(commune, "urn:civiclimate:assembly-service"));

        var parkedEvent = awaitParked(forged.toString());

        assertThat(parkedEvent.reason())
                .contains("comes from urn:civiclimate:assembly-service")
                .contains("only urn:civiclimate:events-test produces it");
        assertThat(parkedEvent.source()).isEqualTo("urn:civiclimate:assembly-service");
        // The replay goes through the same check: still refused.
        assertThat(parked.replay(parkedEvent.id()).orElseThrow().outcome()).isEqualTo("still-failing");
        assertThat(receiptsOf(forged)).isZero();
        assertThat(attemptsOf(forged)).isZero();
    }

    @Test
    void aParkedEventReplayedOnceItsFaultIsMendedTakesEffectOnce() {
        listener.broken.set(true);
        UUID greeting = greet("fails until mended", 0);
        var parkedEvent = awaitParked(greeting.toString());
        long waiting = parked.waiting();
        assertThat(waiting).isPositive();

        listener.broken.set(false);
        var replay = parked.replay(parkedEvent.id()).orElseThrow();

        assertThat(replay.outcome()).isEqualTo("applied");
        assertThat(receiptsOf(greeting)).isEqualTo(1);
        assertThat(parked.waiting()).isEqualTo(waiting - 1);
        // Replayed already: not again; and the same event delivered once more by Kafka changes nothing.
        assertThat(parked.replay(parkedEvent.id())).isEmpty();
        send(commune.toString(), envelopeOf(greeting));
        awaitHandled(greet("after the redelivery", 1));
        assertThat(receiptsOf(greeting)).isEqualTo(1);
    }

    private UUID greet(String text, int sequence) {
        return CommuneContext.callAs(commune, () -> greetings.greet(commune, text, sequence, false));
    }

    private void awaitHandled(UUID greeting) {
        awaitHandled(commune, greeting);
    }

    private void awaitHandled(CommuneId of, UUID greeting) {
        await().atMost(Duration.ofSeconds(30)).until(() -> receiptsOf(of, greeting) > 0);
    }

    private int receiptsOf(UUID greeting) {
        return receiptsOf(commune, greeting);
    }

    private int receiptsOf(CommuneId of, UUID greeting) {
        Integer count = CommuneContext.callAs(
                of,
                () -> transactions.execute(_ -> jdbc.sql("select count(*) from greeting_receipt where greeting_id = ?")
                        .param(greeting)
                        .query(Integer.class)
                        .single()));
        return count == null ? 0 : count;
    }

    /** The parked event with this id, or whose record mentions it (a greeting id). */
    private ParkedEvents.ParkedEvent awaitParked(String idOrGreeting) {
        UUID id = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> jdbc.sql("""
                                        select id from parked_event
                                         where event_id = ? or convert_from(record_value, 'UTF8') like ?""")
                                .params(idOrGreeting, "%" + idOrGreeting + "%")
                                .query(UUID.class)
                                .optional(),
                        java.util.Optional::isPresent)
                .orElseThrow();
        return parked.list(10_000).stream()
                .filter(p -> p.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private long attemptsOf(UUID greeting) {
        return listener.received.stream()
                .filter(r -> r.greeting().greetingId().equals(greeting))
                .count();
    }

    private byte[] envelopeOf(UUID greeting) {
        return jdbc.sql("select envelope from outbox_event where convert_from(envelope, 'UTF8') like ?")
                .param("%" + greeting + "%")
                .query(byte[].class)
                .single();
    }

    private static void send(String key, byte[] value) {
        try (var producer = new KafkaProducer<String, byte[]>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            producer.send(new ProducerRecord<>(TOPIC, key, value));
        }
    }

    private static boolean contains(byte[] value, Object text) {
        return new String(value, StandardCharsets.UTF_8).contains(text.toString());
    }
}
