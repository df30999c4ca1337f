package org.civiclimate.platform.events;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.format.EventFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Events this service's consumer gave up on, kept durably in its own database: one that still failed after
 * {@code civiclimate.events.consumer.retry-for}, or one that can never be applied (unreadable, against its schema, from
 * a producer the catalogue does not name). Operators see them (health, metrics, the {@code parkedevents} actuator
 * endpoint) and replay them; a replay goes through the same checks and takes effect at most once. While a commune's
 * event waits here after failing, that commune's later events wait behind it, so that replaying it never undoes what
 * came after (an old role grant after its revocation); invalid and forged events hold nothing back.
 */
public final class ParkedEvents {

    private static final Logger log = LoggerFactory.getLogger(ParkedEvents.class);
    private static final int MAX_REASON = 4000;

    private final JdbcClient jdbc;
    private final EventFormat format;
    private final String consumer;
    private final InboundEventDispatcher dispatcher;

    ParkedEvents(JdbcClient jdbc, EventFormat format, String consumer, InboundEventDispatcher dispatcher) {
        this.jdbc = jdbc;
        this.format = format;
        this.consumer = consumer;
        this.dispatcher = dispatcher;
    }

    /** One parked event, as operators see it. */
    public record ParkedEvent(
            UUID id,
            String topic,
            int partition,
            long offset,
            @Nullable String eventId,
            @Nullable String type,
            @Nullable String source,
            @Nullable String communeId,
            String reason,
            java.time.OffsetDateTime parkedAt,
            int replays,
            java.time.@Nullable OffsetDateTime replayedAt) {}

    /**
     * What a replay did: {@code applied} (now processed, or already had been), {@code still-failing}, or
     * {@code waiting-behind} (an earlier event of the same commune must be replayed first).
     */
    public record Replay(UUID id, String outcome, @Nullable String reason) {}

    /**
     * Parks a record; parking the same record again changes nothing. Throws when the database cannot take it, so that
     * the consumer keeps retrying rather than losing the event.
     */
    void park(ConsumerRecord<String, byte[]> record, Exception cause) {
        park(record, reasonOf(cause), !invalid(cause));
    }

    /** Parks a record of a commune whose earlier event waits here, keeping the commune's order. */
    void holdBehind(ConsumerRecord<String, byte[]> record) {
        park(record, "Waits behind an earlier event of commune " + record.key() + " that is parked", true);
    }

    /** Whether an earlier event of the record's commune failed and waits here, so that this one must wait too. */
    boolean heldBack(ConsumerRecord<String, byte[]> record) {
        return record.key() != null
                && jdbc.sql("""
                                select exists (select 1 from parked_event
                                                where consumer = ? and record_key = ? and holds_back
                                                  and replayed_at is null
                                                  and (topic, kafka_partition, kafka_offset) <> (?, ?, ?))""")
                        .params(consumer, record.key(), record.topic(), record.partition(), record.offset())
                        .query(Boolean.class)
                        .single();
    }

    private void park(ConsumerRecord<String, byte[]> record, String reason, boolean holdsBack) {
        var event = readable(record.value());
        int rows = jdbc.sql("""
                        insert into parked_event (consumer, topic, kafka_partition, kafka_offset, record_key,
                                                  record_value, event_id, source, type, commune_id, reason,
                                                  holds_back)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (consumer, topic, kafka_partition, kafka_offset) do nothing""")
                .params(
                        consumer,
                        record.topic(),
                        record.partition(),
                        record.offset(),
                        record.key(),
                        record.value(),
                        event.map(CloudEvent::getId).orElse(null),
                        event.map(e -> e.getSource().toString()).orElse(null),
                        event.map(CloudEvent::getType).orElse(null),
                        event.map(e -> e.getExtension(CloudEvents.COMMUNE_ID))
                                .map(Object::toString)
                                .orElse(null),
                        reason,
                        holdsBack)
                .update();
        if (rows == 1) {
            log.error(
                    "Parked event {} ({}) from {}-{}@{}: {}",
                    event.map(CloudEvent::getId).orElse("?"),
                    event.map(CloudEvent::getType).orElse("unreadable"),
                    record.topic(),
                    record.partition(),
                    record.offset(),
                    reason);
        }
    }

    /** How many parked events wait for an operator. */
    public long waiting() {
        return jdbc.sql("select count(*) from parked_event where consumer = ? and replayed_at is null")
                .param(consumer)
                .query(Long.class)
                .single();
    }

    /** The parked events, those still waiting first, oldest first; at most {@code limit}. */
    public List<ParkedEvent> list(int limit) {
        return jdbc.sql("""
                        select id, topic, kafka_partition, kafka_offset, event_id, type, source, commune_id, reason,
                               parked_at, replays, replayed_at
                          from parked_event
                         where consumer = ?
                         order by replayed_at is not null, parked_at, kafka_offset
                         limit ?""")
                .params(consumer, limit)
                .query((rs, _) -> new ParkedEvent(
                        rs.getObject("id", UUID.class),
                        rs.getString("topic"),
                        rs.getInt("kafka_partition"),
                        rs.getLong("kafka_offset"),
                        rs.getString("event_id"),
                        rs.getString("type"),
                        rs.getString("source"),
                        rs.getString("commune_id"),
                        rs.getString("reason"),
                        rs.getObject("parked_at", java.time.OffsetDateTime.class),
                        rs.getInt("replays"),
                        rs.getObject("replayed_at", java.time.OffsetDateTime.class)))
                .list();
    }

    /** Replays one parked event through the consumer's checks and handlers; empty when there is no such event. */
    public Optional<Replay> replay(UUID id) {
        var earlier = jdbc.sql("""
                        select e.id from parked_event p
                          join parked_event e on e.consumer = p.consumer and e.record_key = p.record_key
                         where p.consumer = ? and p.id = ? and p.replayed_at is null
                           and e.holds_back and e.replayed_at is null and e.id <> p.id
                           and (e.parked_at, e.kafka_offset) < (p.parked_at, p.kafka_offset)
                         order by e.parked_at, e.kafka_offset
                         limit 1""").params(consumer, id).query(UUID.class).optional();
        if (earlier.isPresent()) {
            return Optional.of(new Replay(id, "waiting-behind", "replay " + earlier.get() + " first"));
        }
        var parked = jdbc.sql("""
                        select topic, kafka_partition, kafka_offset, record_key, record_value
                          from parked_event
                         where consumer = ? and id = ? and replayed_at is null""")
                .params(consumer, id)
                .query((rs, _) -> new ConsumerRecord<>(
                        rs.getString("topic"),
                        rs.getInt("kafka_partition"),
                        rs.getLong("kafka_offset"),
                        rs.getString("record_key"),
                        rs.getBytes("record_value")))
                .optional();
        return parked.map(record -> {
            try {
                dispatcher.dispatch(record);
            } catch (RuntimeException e) {
                String reason = reasonOf(e);
                jdbc.sql("update parked_event set replays = replays + 1, reason = ? where id = ?")
                        .params(reason, id)
                        .update();
                log.warn("Replay of parked event {} failed again: {}", id, reason);
                return new Replay(id, "still-failing", reason);
            }
            jdbc.sql("update parked_event set replays = replays + 1, replayed_at = clock_timestamp() where id = ?")
                    .param(id)
                    .update();
            log.info("Replayed parked event {}", id);
            return new Replay(id, "applied", null);
        });
    }

    /** Replays every waiting event, oldest first (so one commune's events keep their order). */
    public List<Replay> replayAll() {
        return jdbc.sql("""
                        select id from parked_event
                         where consumer = ? and replayed_at is null
                         order by parked_at, kafka_offset""").param(consumer).query(UUID.class).list().stream()
                .flatMap(id -> replay(id).stream())
                .toList();
    }

    private static boolean invalid(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InvalidEventException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private Optional<CloudEvent> readable(byte @Nullable [] value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(format.deserialize(value));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The messages of the exception and its causes, which say what was wrong; never the event's data. */
    private static String reasonOf(Throwable failure) {
        var reason = new StringBuilder();
        for (Throwable t = failure; t != null && reason.length() < MAX_REASON; t = t.getCause()) {
            if (!reason.isEmpty()) {
                reason.append(" <- ");
            }
            reason.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                reason.append(": ").append(t.getMessage());
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason.toString();
    }
}
