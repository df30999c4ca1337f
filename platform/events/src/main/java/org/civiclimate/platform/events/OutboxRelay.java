package org.civiclimate.platform.events;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes committed outbox events to Kafka in outbox order. One instance of a service relays, holding a lease it
 * renews while it relays (another takes over once the lease lapses, or at once when the holder stops); a PostgreSQL
 * advisory lock keeps two batches from overlapping during a takeover. Taking turns batch by batch instead would have
 * each instance fence the other's Kafka producer (they share a transactional id) at every turn. Each batch goes out in
 * one Kafka transaction, so consumers (reading committed) see all of a batch or
 * none of it and one commune's events can never overtake each other, however often Kafka fails. A batch is marked
 * published only after Kafka committed it: a crash in between republishes it, which idempotent consumers absorb.
 */
final class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    /** Advisory lock key shared by every instance of a service (each service has its own database). */
    private static final long LOCK_KEY = 0x0C1C11_0A7E_0001L;

    private static final Duration PURGE_INTERVAL = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Map<String, Object> producerConfig;
    private final EventsProperties properties;
    private final BooleanSupplier declareTopics;
    private final Semaphore wakeUp = new Semaphore(0);
    private final Timer lag;
    private final Counter published;
    private final Counter failures;
    /** This instance, in the lease table. */
    private final String holder;

    private volatile boolean running;
    private @Nullable Thread thread;
    private @Nullable Producer<String, byte[]> producer;
    private Instant nextPurge = Instant.now();
    private boolean kafkaWasDown;
    private boolean topicsDeclared;
    private Instant nextTopicDeclaration = Instant.now();

    OutboxRelay(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            Map<String, Object> kafkaProducerProperties,
            String applicationName,
            EventsProperties properties,
            BooleanSupplier declareTopics,
            MeterRegistry meters) {
        this.jdbc = jdbc;
        this.declareTopics = declareTopics;
        this.transactions = transactions;
        this.properties = properties;
        this.holder = applicationName + "/" + UUID.randomUUID();
        var config = new HashMap<>(kafkaProducerProperties);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        // One id for every instance of the service (only the holder of the lease creates a producer): an
        // instance that takes over fences the previous one and aborts the transaction a killed one left open, which
        // would otherwise hold back every read-committed consumer until the transaction timed out.
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, applicationName + "-outbox");
        long timeout = properties.relay().deliveryTimeout().toMillis();
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(timeout, Integer.MAX_VALUE));
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) Math.min(timeout + 1, Integer.MAX_VALUE));
        config.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, (int) Math.max(timeout * 3, 60_000));
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        this.producerConfig = Map.copyOf(config);
        this.lag = Timer.builder("civiclimate.outbox.lag")
                .description("Time from an event's commit to its publication on Kafka")
                .publishPercentileHistogram()
                .register(meters);
        this.published = Counter.builder("civiclimate.outbox.published")
                .description("Events published from the outbox")
                .register(meters);
        this.failures = Counter.builder("civiclimate.outbox.failures")
                .description("Relay attempts that could not publish (Kafka unreachable or refusing)")
                .register(meters);
    }

    /** Asks the relay to look at the outbox now (after a commit that wrote events). */
    void wakeUp() {
        if (wakeUp.availablePermits() == 0) {
            wakeUp.release();
        }
    }

    /**
     * Publishes what is waiting, batch after batch, on the calling thread. For tests and benchmarks; the relay thread
     * does the same on its own.
     *
     * @return how many events were published
     */
    int relayNow() {
        int total = 0;
        int sent;
        do {
            sent = relayBatch();
            total += sent;
        } while (sent == properties.relay().batchSize());
        return total;
    }

    /** Attempts that failed so far, for tests that take Kafka down. */
    long failedAttempts() {
        return (long) failures.count();
    }

    private void run() {
        Duration backoff = Duration.ZERO;
        while (running) {
            declareTopicsIfMissing();
            try {
                int sent = relayBatch();
                if (kafkaWasDown) {
                    log.info("Outbox relay publishes again");
                    kafkaWasDown = false;
                }
                backoff = Duration.ZERO;
                purgeIfDue();
                if (sent < properties.relay().batchSize()) {
                    await(properties.relay().pollInterval());
                }
            } catch (RuntimeException e) {
                failures.increment();
                closeProducer();
                backoff = backoff.isZero()
                        ? Duration.ofMillis(200)
                        : min(backoff.multipliedBy(2), properties.relay().maxBackoff());
                if (!kafkaWasDown) {
                    log.warn("Outbox relay cannot publish, retrying every {} at most: {}", backoff, e.toString());
                    kafkaWasDown = true;
                } else {
                    log.debug("Outbox relay still cannot publish", e);
                }
                await(backoff);
            }
        }
        closeProducer();
    }

    // Kafka may have been down when the service started: its topics (produced and consumed) must still come to exist.
    private void declareTopicsIfMissing() {
        if (topicsDeclared || Instant.now().isBefore(nextTopicDeclaration)) {
            return;
        }
        topicsDeclared = declareTopics.getAsBoolean();
        nextTopicDeclaration = Instant.now().plus(properties.relay().maxBackoff());
    }

    private synchronized int relayBatch() {
        // In a transaction of its own: a batch that Kafka refuses rolls back, and must not take the renewal with it.
        if (!Boolean.TRUE.equals(transactions.execute(_ -> holdsLease()))) {
            // Another instance relays: a producer kept here would only fence its producer when used again.
            closeProducer();
            return 0;
        }
        Integer sent = transactions.execute(_ -> {
            if (!tryLock()) {
                return 0;
            }
            List<Pending> batch = jdbc.sql("""
                            select position, commune_id, topic, envelope, created_at
                              from outbox_event
                             where published_at is null
                             order by position
                             limit ?""")
                    .param(properties.relay().batchSize())
                    .query((rs, _) -> new Pending(
                            rs.getLong("position"),
                            rs.getString("commune_id"),
                            rs.getString("topic"),
                            rs.getBytes("envelope"),
                            rs.getObject("created_at", OffsetDateTime.class)))
                    .list();
            if (batch.isEmpty()) {
                return 0;
            }
            send(batch);
            jdbc.sql("update outbox_event set published_at = clock_timestamp() where position = any(?)")
                    .param(batch.stream().map(Pending::position).toArray(Long[]::new))
                    .update();
            Instant now = Instant.now();
            batch.forEach(p -> lag.record(Duration.between(p.createdAt().toInstant(), now)));
            published.increment(batch.size());
            return batch.size();
        });
        return sent == null ? 0 : sent;
    }

    private void send(List<Pending> batch) {
        Producer<String, byte[]> kafka = producer();
        kafka.beginTransaction();
        try {
            for (Pending event : batch) {
                var record = new ProducerRecord<String, byte[]>(event.topic(), event.communeId(), event.envelope());
                record.headers()
                        .add(CloudEvents.CONTENT_TYPE_HEADER, "application/cloudevents+json; charset=UTF-8".getBytes());
                kafka.send(record);
            }
            // Flushes and fails if any record failed; nothing of the batch is visible to read-committed consumers.
            kafka.commitTransaction();
        } catch (RuntimeException e) {
            closeProducer();
            throw e;
        }
    }

    /** Takes the lease if it is free or lapsed, or renews it if this instance holds it; whether it now does. */
    private boolean holdsLease() {
        return jdbc.sql("""
                        insert into outbox_relay_lease (name, holder, expires_at)
                        values ('outbox', ?, clock_timestamp() + ?::interval)
                        on conflict (name) do update set holder = excluded.holder, expires_at = excluded.expires_at
                         where outbox_relay_lease.holder = excluded.holder
                            or outbox_relay_lease.expires_at < clock_timestamp()
                        returning holder""")
                .params(holder, properties.relay().lease().toMillis() + " milliseconds")
                .query(String.class)
                .optional()
                .isPresent();
    }

    /** Hands the lease over at once on a clean stop, rather than after it lapses. */
    private void releaseLease() {
        try {
            jdbc.sql("delete from outbox_relay_lease where holder = ?")
                    .param(holder)
                    .update();
        } catch (RuntimeException e) {
            log.warn(
                    "Could not hand over the outbox relay's lease; another instance takes over when it lapses: {}",
                    e.toString());
        }
    }

    private boolean tryLock() {
        return Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(?)")
                .param(LOCK_KEY)
                .query(Boolean.class)
                .single());
    }

    private synchronized void purgeIfDue() {
        if (Instant.now().isBefore(nextPurge)) {
            return;
        }
        transactions.executeWithoutResult(_ -> {
            if (tryLock()) {
                int events = jdbc.sql("delete from outbox_event where published_at < now() - ?::interval")
                        .param(properties.relay().retention().toSeconds() + " seconds")
                        .update();
                int processed = jdbc.sql("delete from processed_event where processed_at < now() - ?::interval")
                        .param(properties.consumer().processedRetention().toSeconds() + " seconds")
                        .update();
                if (events + processed > 0) {
                    log.info("Purged {} published events and {} processed-event records", events, processed);
                }
            }
        });
        nextPurge = Instant.now().plus(PURGE_INTERVAL);
    }

    private Producer<String, byte[]> producer() {
        if (producer == null) {
            var created = new KafkaProducer<String, byte[]>(producerConfig);
            try {
                created.initTransactions();
            } catch (RuntimeException e) {
                created.close(Duration.ZERO);
                throw e;
            }
            producer = created;
        }
        return producer;
    }

    private synchronized void closeProducer() {
        if (producer != null) {
            producer.close(Duration.ZERO);
            producer = null;
        }
    }

    private void await(Duration timeout) {
        try {
            if (wakeUp.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                wakeUp.drainPermits();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    @Override
    public void start() {
        if (!properties.relay().enabled()) {
            return;
        }
        running = true;
        thread = Thread.ofPlatform().name("outbox-relay").daemon().start(this::run);
    }

    @Override
    public void stop() {
        running = false;
        var relayThread = thread;
        if (relayThread != null) {
            // Asked, not interrupted: a batch under way finishes (or times out) and the producer closes cleanly.
            wakeUp();
            try {
                if (!relayThread.join(properties.relay().deliveryTimeout().plusSeconds(5))) {
                    relayThread.interrupt();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
            releaseLease();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private record Pending(long position, String communeId, String topic, byte[] envelope, OffsetDateTime createdAt) {}
}
