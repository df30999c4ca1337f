package org.civiclimate.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.civiclimate.platform.infrastructure.DatabaseAccess;
import org.civiclimate.platform.infrastructure.KafkaServer;
import org.civiclimate.platform.infrastructure.Ports;
import org.civiclimate.platform.infrastructure.PostgresServer;
import org.civiclimate.platform.tenancy.CommuneContext;
import org.civiclimate.platform.tenancy.CommuneId;
import org.civiclimate.platform.test.TestPostgres;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The consumer and the relay against real servers that fail: each scenario runs its own application with servers of
 * its own where it takes them down, and counts events lost and applied twice (both must be zero).
 */
class EventFaultsIT {

    private static final Logger log = LoggerFactory.getLogger(EventFaultsIT.class);
    private static final String TOPIC = "civiclimate.test.greeting";

    @Test
    void noEventIsLostOrAppliedTwiceWhenTheConsumersDatabaseStopsForThirtySecondsWhileEventsFlow() throws Exception {
        // Kept under target/, so that the server can be started again on the same data.
        Path data = Files.createDirectories(Path.of("target", "fault-postgres-" + UUID.randomUUID()));
        int port = Ports.free();
        PostgresServer postgres = PostgresServer.startEmbedded(data, port);
        var commune = new CommuneId(UUID.randomUUID());
        List<UUID> sent = new ArrayList<>();
        var databaseDown = new AtomicBoolean();
        var inFlight = new AtomicInteger();
        // A broker of its own too: its topic holds only this scenario's events.
        try (var kafka = KafkaServer.startEmbedded(null, 0)) {
            DatabaseAccess database = postgres.provision("events_fault");
            try (var application = start("events-test", database, kafka.bootstrapServers())) {
                var events = Thread.ofPlatform().start(() -> {
                    try (var producer = producer(kafka.bootstrapServers())) {
                        for (int i = 0; i < 300; i++) {
                            UUID greeting = UUID.randomUUID();
                            synchronized (sent) {
                                sent.add(greeting);
                            }
                            if (databaseDown.get()) {
                                inFlight.incrementAndGet();
                            }
                            producer.send(new ProducerRecord<>(
                                    TOPIC,
                                    commune.toString(),
                                    new Greeted(greeting, "in flight", 0)
                                            .envelope(commune, CloudEvents.source("events-test"))));
                            sleep(Duration.ofMillis(150));
                        }
                    }
                });
                sleep(Duration.ofSeconds(5));
                postgres.close();
                databaseDown.set(true);
                sleep(Duration.ofSeconds(30));
                postgres = PostgresServer.startEmbedded(data, port);
                databaseDown.set(false);
                events.join();

                var counts = awaitEveryReceipt(postgres, "events_fault", sent);
                report("Consumer database stopped for 30 s", sent, inFlight.get(), counts);
                assertThat(inFlight.get()).isGreaterThan(100);
                assertThat(application.getBean(ParkedEvents.class).waiting()).isZero();
            }
        } finally {
            postgres.close();
        }
    }

    @Test
    void aServiceStartedWhileKafkaIsDownCreatesItsTopicsAndDeliversOnceKafkaComesUp() throws Exception {
        int port = Ports.free();
        String bootstrap = "127.0.0.1:" + port;
        var commune = new CommuneId(UUID.randomUUID());
        try (var application = start("events-test", TestPostgres.database("events_fresh_cluster"), bootstrap)) {
            UUID greeting = CommuneContext.callAs(
                    commune, () -> application.getBean(GreetingService.class).greet(commune, "before Kafka", 0, false));

            try (var kafka = KafkaServer.startEmbedded(null, port);
                    var admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
                await().atMost(Duration.ofSeconds(60))
                        .until(() -> admin.listTopics().names().get().contains(TOPIC));
                var listener = application.getBean(GreetingListener.class);
                await().atMost(Duration.ofSeconds(90))
                        .until(() -> listener.received.stream()
                                .anyMatch(r -> r.greeting().greetingId().equals(greeting)));
                assertThat(kafka.isRunning()).isTrue();
            }
        }
    }

    @Test
    void noEventIsLostOrDoubledAndEachCommuneKeepsItsOrderWhenKafkaStopsMidBatch() {
        var communes = List.of(new CommuneId(UUID.randomUUID()), new CommuneId(UUID.randomUUID()));
        var database = TestPostgres.database("events_fault_kafka");
        try (var kafka = KafkaServer.startEmbedded(null, 0);
                var application = start("events-test", database, kafka.bootstrapServers(), Map.of())) {
            var greetings = application.getBean(GreetingService.class);
            List<UUID> sent = new ArrayList<>();
            int inFlight = 0;
            for (int sequence = 0; sequence < 200; sequence++) {
                if (sequence == 60) {
                    kafka.stop();
                }
                if (sequence == 140) {
                    kafka.start();
                }
                if (!kafka.isRunning()) {
                    inFlight++;
                }
                var commune = communes.get(sequence % 2);
                int s = sequence;
                sent.add(CommuneContext.callAs(commune, () -> greetings.greet(commune, "flowing", s, false)));
                sleep(Duration.ofMillis(20));
            }

            var counts = awaitEveryReceipt(postgresOf(), "events_fault_kafka", sent);
            report("Kafka stopped mid-batch", sent, inFlight, counts);
            var listener = application.getBean(GreetingListener.class);
            for (var commune : communes) {
                assertThat(sequencesHandledFor(listener, commune)).isSorted().doesNotHaveDuplicates();
            }
        }
    }

    @Test
    void twoRelaysStartedAtOncePublishEachEventOnceAndKeepEachCommunesOrder() {
        var communes = List.of(new CommuneId(UUID.randomUUID()), new CommuneId(UUID.randomUUID()));
        var database = TestPostgres.database("events_fault_relays");
        try (var kafka = KafkaServer.startEmbedded(null, 0);
                var application = start("events-test", database, kafka.bootstrapServers(), Map.of());
                var second = start(
                        "events-test",
                        database,
                        kafka.bootstrapServers(),
                        Map.of("civiclimate.events.consumer.enabled", "false"))) {
            var greetings = application.getBean(GreetingService.class);
            var otherGreetings = second.getBean(GreetingService.class);
            List<UUID> sent = new ArrayList<>();
            for (int sequence = 0; sequence < 200; sequence++) {
                var commune = communes.get(sequence % 2);
                int s = sequence;
                // Written through either instance: each one's relay is woken up and races the other for the batch.
                var service = sequence % 3 == 0 ? otherGreetings : greetings;
                sent.add(CommuneContext.callAs(commune, () -> service.greet(commune, "two relays", s, false)));
            }

            var counts = awaitEveryReceipt(postgresOf(), "events_fault_relays", sent);
            report("Two relays at once", sent, 0, counts);
            double published = publishedBy(application) + publishedBy(second);
            assertThat(published).isEqualTo(sent.size());
            // One holds the lease and relays everything: they never took turns fencing each other's producer.
            assertThat(List.of(publishedBy(application), publishedBy(second))).contains(0.0);
            assertThat(application.getBean(OutboxRelay.class).failedAttempts()
                            + second.getBean(OutboxRelay.class).failedAttempts())
                    .isZero();
            var listener = application.getBean(GreetingListener.class);
            for (var commune : communes) {
                assertThat(sequencesHandledFor(listener, commune)).isSorted().hasSize(100);
            }
        }
    }

    @Test
    void noEventIsLostOrAppliedTwiceWhenTheRelaysProcessIsKilledMidBatch() throws Exception {
        var commune = new CommuneId(UUID.randomUUID());
        var database = TestPostgres.database("events_fault_killed");
        try (var kafka = KafkaServer.startEmbedded(null, 0);
                // Consumes and writes, but leaves relaying to the processes below.
                var application = start(
                        "events-test",
                        database,
                        kafka.bootstrapServers(),
                        Map.of("civiclimate.events.relay.enabled", "false"))) {
            var greetings = application.getBean(GreetingService.class);
            List<UUID> sent = new ArrayList<>();
            for (int sequence = 0; sequence < 3000; sequence++) {
                int s = sequence;
                sent.add(CommuneContext.callAs(commune, () -> greetings.greet(commune, "backlog", s, false)));
            }

            Process relay = relayProcess(database, kafka.bootstrapServers());
            long publishedWhenKilled;
            try {
                await().atMost(Duration.ofMinutes(4))
                        .pollInterval(Duration.ofMillis(20))
                        .until(() -> published(database) >= 300);
            } finally {
                relay.destroyForcibly(); // SIGKILL: no shutdown hook, no finished batch
                relay.waitFor();
            }
            publishedWhenKilled = published(database);
            log.info("Relay process killed with {} of {} events marked published", publishedWhenKilled, sent.size());
            assertThat(publishedWhenKilled).isLessThan(sent.size());

            Process again = relayProcess(database, kafka.bootstrapServers());
            try {
                var counts = awaitEveryReceipt(postgresOf(), "events_fault_killed", sent);
                report("Relay process killed mid-batch", sent, sent.size() - (int) publishedWhenKilled, counts);
                assertThat(sequencesHandledFor(application.getBean(GreetingListener.class), commune))
                        .isSorted()
                        .doesNotHaveDuplicates()
                        .hasSize(sent.size());
            } finally {
                again.destroy();
                again.waitFor();
            }
        }
    }

    private static Process relayProcess(DatabaseAccess database, String bootstrap) throws java.io.IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = new ArrayList<>(List.of(
                java,
                "-Xmx256m",
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                EventsTestApplication.class.getName(),
                "--spring.application.name=events-test",
                "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=" + database.appUser(),
                "--spring.datasource.password=" + database.appPassword(),
                "--spring.liquibase.user=" + database.ownerUser(),
                "--spring.liquibase.password=" + database.ownerPassword(),
                "--spring.kafka.bootstrap-servers=" + bootstrap,
                "--spring.main.web-application-type=none",
                "--spring.main.keep-alive=true",
                "--civiclimate.events.consumer.enabled=false",
                "--civiclimate.events.relay.batch-size=10"));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target", "relay-process-" + UUID.randomUUID() + ".log")
                        .toFile())
                .start();
    }

    private static long published(DatabaseAccess database) {
        try (var connection = postgresOf().superuserConnection(databaseName(database));
                var statement = connection.createStatement();
                var rows = statement.executeQuery("select count(*) from outbox_event where published_at is not null")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String databaseName(DatabaseAccess database) {
        return database.jdbcUrl().substring(database.jdbcUrl().lastIndexOf('/') + 1);
    }

    private static PostgresServer postgresOf() {
        return TestPostgres.server();
    }

    private static double publishedBy(ConfigurableApplicationContext application) {
        var counter = application
                .getBean(io.micrometer.core.instrument.MeterRegistry.class)
                .find("civiclimate.outbox.published")
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private static List<Integer> sequencesHandledFor(GreetingListener listener, CommuneId commune) {
        return listener.received.stream()
                .filter(r -> r.event().commune().equals(commune))
                .map(r -> r.greeting().sequence())
                .toList();
    }

    private static Map<UUID, Integer> awaitEveryReceipt(PostgresServer postgres, String database, List<UUID> sent) {
        await().atMost(Duration.ofMinutes(4))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> receipts(postgres, database).keySet().containsAll(sent));
        return receipts(postgres, database);
    }

    /** Logs the scenario's counts and asserts that nothing was lost or applied twice. */
    private static void report(String scenario, List<UUID> sent, int inFlight, Map<UUID, Integer> receipts) {
        long doubled = receipts.values().stream().filter(count -> count > 1).count();
        long lost = sent.stream().filter(id -> !receipts.containsKey(id)).count();
        log.info(
                "{}: {} events, {} in flight during the fault, {} lost, {} applied twice",
                scenario,
                sent.size(),
                inFlight,
                lost,
                doubled);
        assertThat(lost).as("events lost").isZero();
        assertThat(doubled).as("events applied twice").isZero();
    }

    private static ConfigurableApplicationContext start(String name, DatabaseAccess database, String bootstrap) {
        return start(name, database, bootstrap, Map.of());
    }

    private static ConfigurableApplicationContext start(
            String name, DatabaseAccess database, String bootstrap, Map<String, String> extra) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.application.name", name);
        properties.put("spring.datasource.url", database.jdbcUrl());
        properties.put("spring.datasource.username", database.appUser());
        properties.put("spring.datasource.password", database.appPassword());
        properties.put("spring.liquibase.user", database.ownerUser());
        properties.put("spring.liquibase.password", database.ownerPassword());
        properties.put("spring.kafka.bootstrap-servers", bootstrap);
        properties.put("spring.kafka.admin.operation-timeout", "5s");
        properties.put("spring.kafka.admin.close-timeout", "2s");
        // Long enough to outlast the outage: the event waits in place rather than being parked.
        properties.put("civiclimate.events.consumer.retry-for", "10m");
        properties.put("civiclimate.events.consumer.max-retry-interval", "2s");
        properties.putAll(extra);
        return new SpringApplicationBuilder(EventsTestApplication.class)
                .web(WebApplicationType.NONE)
                .properties(properties)
                .run();
    }

    /** How often each greeting took effect, read as the superuser (all communes). */
    private static Map<UUID, Integer> receipts(PostgresServer postgres, String database) {
        Map<UUID, Integer> counts = new HashMap<>();
        try (var connection = postgres.superuserConnection(database);
                var statement = connection.createStatement();
                var rows = statement.executeQuery(
                        "select greeting_id, count(*) from greeting_receipt group by greeting_id")) {
            while (rows.next()) {
                counts.put(rows.getObject(1, UUID.class), rows.getInt(2));
            }
        } catch (SQLException e) {
            return Map.of(); // still starting again
        }
        return counts;
    }

    private static KafkaProducer<String, byte[]> producer(String bootstrap) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
