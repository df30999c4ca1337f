package org.civiclimate.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.civiclimate.platform.events.CloudEventType;
import org.civiclimate.platform.events.EventOutbox;
import org.civiclimate.platform.infrastructure.KafkaServer;
import org.civiclimate.platform.infrastructure.PostgresServer;
import org.civiclimate.platform.tenancy.CommuneContext;
import org.civiclimate.platform.tenancy.CommuneId;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Outbox latency: from the commit of a transaction that published an event to the event's arrival at a
 * read-committed consumer, at a steady rate, through the real relay; compared in the same run with the same consumer
 * receiving records a plain idempotent producer sends straight to Kafka.
 */
public final class OutboxLatencyBenchmark {

    private static final String DIRECT_TOPIC = "civiclimate.bench.direct";
    private static final String OUTBOX_TOPIC = "civiclimate.bench.ping";
    private static final Pattern SEQUENCE = Pattern.compile("\"sequence\":(\\d+)");

    private OutboxLatencyBenchmark() {}

    @CloudEventType("bench.pinged")
    record Pinged(long sequence) {}

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class BenchApplication {}

    public static void main(String[] args) throws Exception {
        int rate = Integer.getInteger("rate", 50);
        int seconds = Integer.getInteger("seconds", 30);
        try (var postgres = PostgresServer.startEmbedded(null, 0);
                var kafka = KafkaServer.startEmbedded(null, 0)) {
            var database = postgres.provision("bench_outbox");
            try (var admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic(DIRECT_TOPIC, 6, (short) 1)))
                        .all()
                        .get();
            }
            var context = new SpringApplicationBuilder(BenchApplication.class)
                    .web(WebApplicationType.NONE)
                    .properties(Map.of(
                            "spring.application.name", "bench",
                            "spring.datasource.url", database.jdbcUrl(),
                            "spring.datasource.username", database.appUser(),
                            "spring.datasource.password", database.appPassword(),
                            "spring.liquibase.user", database.ownerUser(),
                            "spring.liquibase.password", database.ownerPassword(),
                            "spring.liquibase.change-log", "classpath:bench/changelog.yaml",
                            "spring.kafka.bootstrap-servers", kafka.bootstrapServers(),
                            "logging.structured.format.console", ""))
                    .run();
            try (context) {
                var outbox = context.getBean(EventOutbox.class);
                var transactions = context.getBean(TransactionTemplate.class);
                var sent = new ConcurrentHashMap<String, Long>();
                var outboxSamples = new Samples();
                var directSamples = new Samples();
                var receiving = new java.util.concurrent.atomic.AtomicBoolean(true);
                var receiver = Thread.ofPlatform()
                        .daemon()
                        .start(() -> receive(kafka, receiving, sent, outboxSamples, directSamples));
                try (var direct = producer(kafka)) {
                    var commune = new CommuneId(UUID.randomUUID());
                    long interval = 1_000_000_000L / rate;
                    long next = System.nanoTime();
                    int total = rate * seconds;
                    for (int i = 0; i < total; i++) {
                        LockSupport.parkNanos(next - System.nanoTime());
                        next += interval;
                        long sequence = i;
                        CommuneContext.runAs(
                                commune,
                                () -> transactions.executeWithoutResult(
                                        _ -> outbox.publish(commune, new Pinged(sequence))));
                        sent.put("o" + sequence, System.nanoTime());
                        sent.put("d" + sequence, System.nanoTime());
                        direct.send(new ProducerRecord<>(
                                DIRECT_TOPIC,
                                commune.toString(),
                                ("{\"sequence\":" + sequence + "}").getBytes(StandardCharsets.UTF_8)));
                    }
                    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                    while ((outboxSamples.size() < total || directSamples.size() < total)
                            && System.nanoTime() < deadline) {
                        Thread.sleep(100);
                    }
                }
                receiving.set(false);
                receiver.join();
                System.out.println(String.format(
                        Locale.ROOT,
                        "rate %d/s for %d s: outbox n=%d p50 %.1f ms p95 %.1f ms | direct n=%d p50 %.1f ms p95 %.1f ms"
                                + " | ratio p50 %.2f p95 %.2f",
                        rate,
                        seconds,
                        outboxSamples.size(),
                        outboxSamples.percentileMillis(50),
                        outboxSamples.percentileMillis(95),
                        directSamples.size(),
                        directSamples.percentileMillis(50),
                        directSamples.percentileMillis(95),
                        outboxSamples.percentileMillis(50) / directSamples.percentileMillis(50),
                        outboxSamples.percentileMillis(95) / directSamples.percentileMillis(95)));
            }
        }
    }

    private static void receive(
            KafkaServer kafka,
            java.util.concurrent.atomic.AtomicBoolean receiving,
            Map<String, Long> sent,
            Samples outboxSamples,
            Samples directSamples) {
        try (var consumer = new KafkaConsumer<String, byte[]>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "bench-" + UUID.randomUUID(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                ByteArrayDeserializer.class))) {
            consumer.subscribe(List.of(OUTBOX_TOPIC, DIRECT_TOPIC));
            while (receiving.get()) {
                for (var record : consumer.poll(Duration.ofMillis(100))) {
                    long now = System.nanoTime();
                    var matcher = SEQUENCE.matcher(new String(record.value(), StandardCharsets.UTF_8));
                    if (!matcher.find()) {
                        continue;
                    }
                    boolean viaOutbox = record.topic().equals(OUTBOX_TOPIC);
                    Long start = sent.get((viaOutbox ? "o" : "d") + matcher.group(1));
                    if (start != null) {
                        (viaOutbox ? outboxSamples : directSamples).add(now - start);
                    }
                }
            }
        }
    }

    private static KafkaProducer<String, byte[]> producer(KafkaServer kafka) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                true,
                ProducerConfig.LINGER_MS_CONFIG,
                0,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                ByteArraySerializer.class));
    }
}
