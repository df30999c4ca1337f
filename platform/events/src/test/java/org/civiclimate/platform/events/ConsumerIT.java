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
    private static final String DEAD_LETTERS = TOPIC + ".dlt";

    @Autowired
    GreetingService greetings;

    @Autowired
    GreetingListener listener;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    private final CommuneId commune = new CommuneId(UUID.randomUUID());

    @Test
    void aDuplicateDeliveryTakesEffectOnce() {
        UUID greeting = greet("delivered twice", 0);
        awaitHandled(greeting);
        byte[] envelope = jdbc.sql("select envelope from outbox_event where convert_from(envelope, 'UTF8') like ?")
                .param("%" + greeting + "%")
                .query(byte[].class)
                .single();

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
    void anEventThatKeepsFailingGoesToTheDeadLetterTopicWithTheReason() {
        UUID poison = greet("poison", 0);

        var deadLetter = TopicReader.readUntil(
                        DEAD_LETTERS,
                        found -> found.stream().anyMatch(r -> contains(r.value(), poison)),
                        Duration.ofSeconds(30))
                .stream()
                .filter(r -> contains(r.value(), poison))
                .findFirst()
                .orElseThrow();

        assertThat(deadLetter.key()).isEqualTo(commune.toString());
        assertThat(header(deadLetter, "kafka_dlt-exception-message")).contains("can never be handled");
        assertThat(header(deadLetter, "kafka_dlt-original-topic")).isEqualTo(TOPIC);
        // Handled once per attempt, then given up; the events after it still flow.
        assertThat(listener.received.stream()
                        .filter(r -> r.greeting().greetingId().equals(poison))
                        .count())
                .isEqualTo(2);
        awaitHandled(greet("after the poison", 1));
    }

    @Test
    void anInvalidEventGoesToTheDeadLetterTopicAtOnce() {
        String marker = UUID.randomUUID().toString();
        send(
                commune.toString(),
                ("{\"specversion\":\"1.0\",\"id\":\"" + marker + "\",\"source\":\"urn:x\","
                                + "\"type\":\"test.greeted\",\"data\":{\"broken\":true}}")
                        .getBytes(StandardCharsets.UTF_8));

        var deadLetter = TopicReader.readUntil(
                        DEAD_LETTERS,
                        found -> found.stream().anyMatch(r -> contains(r.value(), marker)),
                        Duration.ofSeconds(30))
                .stream()
                .filter(r -> contains(r.value(), marker))
                .findFirst()
                .orElseThrow();

        assertThat(header(deadLetter, "kafka_dlt-exception-message")).contains("has no communeid");
    }

    private UUID greet(String text, int sequence) {
        return CommuneContext.callAs(commune, () -> greetings.greet(commune, text, sequence, false));
    }

    private void awaitHandled(UUID greeting) {
        await().atMost(Duration.ofSeconds(30)).until(() -> receiptsOf(greeting) > 0);
    }

    private int receiptsOf(UUID greeting) {
        Integer count = CommuneContext.callAs(
                commune,
                () -> transactions.execute(_ -> jdbc.sql("select count(*) from greeting_receipt where greeting_id = ?")
                        .param(greeting)
                        .query(Integer.class)
                        .single()));
        return count == null ? 0 : count;
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

    private static String header(org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
