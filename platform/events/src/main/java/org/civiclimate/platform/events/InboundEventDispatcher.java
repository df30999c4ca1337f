package org.civiclimate.platform.events;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.format.EventFormat;
import java.time.OffsetDateTime;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.civiclimate.platform.tenancy.CommuneContext;
import org.civiclimate.platform.tenancy.CommuneId;
import org.civiclimate.platform.web.RequestId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Takes one Kafka record to its handlers: reads the CloudEvent, checks it against the catalogue, binds its commune and
 * request id, and runs the handlers in one transaction that first records the event as processed, so that a duplicate
 * delivery changes nothing. An event from another producer than the catalogue's is refused as invalid.
 */
final class InboundEventDispatcher {

    private static final Logger log = LoggerFactory.getLogger(InboundEventDispatcher.class);

    private final EventHandlers handlers;
    private final EventCatalogue catalogue;
    private final EventFormat format;
    private final JsonMapper mapper;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final String consumer;

    InboundEventDispatcher(
            EventHandlers handlers,
            EventCatalogue catalogue,
            EventFormat format,
            JsonMapper mapper,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            String consumer) {
        this.handlers = handlers;
        this.catalogue = catalogue;
        this.format = format;
        this.mapper = mapper;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.consumer = consumer;
    }

    void dispatch(ConsumerRecord<String, byte[]> record) {
        CloudEvent event = read(record);
        var eventHandlers = handlers.forType(event.getType());
        if (eventHandlers.isEmpty()) {
            return; // another type on the same topic, for other consumers
        }
        var metadata = metadata(event);
        JsonNode data = data(event, metadata);
        checkProducer(record.topic(), metadata);
        try (var _ = RequestId.open(metadata.requestId() != null ? metadata.requestId() : "event-" + metadata.id())) {
            CommuneContext.runAs(
                    metadata.commune(),
                    () -> transactions.executeWithoutResult(_ -> {
                        if (!markProcessed(metadata)) {
                            log.debug("Event {} from {} already processed", metadata.id(), metadata.source());
                            return;
                        }
                        for (var handler : eventHandlers) {
                            invoke(handler, data, metadata);
                        }
                    }));
        }
    }

    private CloudEvent read(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            throw new InvalidEventException(
                    "Empty record at " + record.topic() + "-" + record.partition() + "@" + record.offset());
        }
        try {
            return format.deserialize(record.value());
        } catch (RuntimeException e) {
            throw new InvalidEventException("Not a structured JSON CloudEvent: " + e.getMessage(), e);
        }
    }

    private InboundEvent metadata(CloudEvent event) {
        Object commune = event.getExtension(CloudEvents.COMMUNE_ID);
        if (commune == null) {
            throw new InvalidEventException("Event " + event.getId() + " has no " + CloudEvents.COMMUNE_ID);
        }
        CommuneId communeId;
        try {
            communeId = CommuneId.of(commune.toString());
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException("Event " + event.getId() + " has an invalid commune id", e);
        }
        int version = event.getDataSchema() == null
                ? -1
                : CloudEvents.versionOf(event.getType(), event.getDataSchema().toString());
        Object requestId = event.getExtension(CloudEvents.REQUEST_ID);
        @Nullable OffsetDateTime time = event.getTime();
        return new InboundEvent(
                event.getId(),
                event.getSource().toString(),
                event.getType(),
                version,
                communeId,
                time,
                requestId == null ? null : requestId.toString());
    }

    private JsonNode data(CloudEvent event, InboundEvent metadata) {
        if (event.getData() == null) {
            throw new InvalidEventException("Event " + metadata.id() + " has no data");
        }
        JsonNode data;
        try {
            data = mapper.readTree(event.getData().toBytes());
        } catch (RuntimeException e) {
            throw new InvalidEventException("Event " + metadata.id() + " data is not JSON", e);
        }
        var violations = catalogue.violations(metadata.type(), metadata.version(), data);
        if (!violations.isEmpty()) {
            throw new InvalidEventException("Event " + metadata.id() + " (" + metadata.type() + " v"
                    + metadata.version() + ") does not match its schema: " + violations);
        }
        return data;
    }

    /**
     * Anyone who can write to a topic can claim any {@code source}; so the event must come from the producer the
     * catalogue names and travel on its topic (Kafka ACLs then keep other principals off that topic).
     */
    private void checkProducer(String topic, InboundEvent metadata) {
        var entry = catalogue.find(metadata.type(), metadata.version()).orElseThrow();
        String expected = CloudEvents.source(entry.producer());
        if (!expected.equals(metadata.source())) {
            throw new InvalidEventException("Event " + metadata.id() + " (" + metadata.type() + ") comes from "
                    + metadata.source() + " but only " + expected + " produces it");
        }
        if (!entry.topic().equals(topic)) {
            throw new InvalidEventException("Event " + metadata.id() + " (" + metadata.type() + ") arrived on " + topic
                    + " but travels on " + entry.topic());
        }
    }

    private boolean markProcessed(InboundEvent metadata) {
        return jdbc.sql("""
                        insert into processed_event (consumer, source, event_id, commune_id)
                        values (?, ?, ?, ?)
                        on conflict do nothing""")
                        .params(
                                consumer,
                                metadata.source(),
                                metadata.id(),
                                metadata.commune().value())
                        .update()
                == 1;
    }

    private void invoke(EventHandlers.Handler handler, JsonNode data, InboundEvent metadata) {
        Object value;
        try {
            value = mapper.treeToValue(data, handler.dataType());
        } catch (RuntimeException e) {
            throw new InvalidEventException(
                    "Event " + metadata.id() + " data does not fit "
                            + handler.dataType().getSimpleName(),
                    e);
        }
        try {
            handler.invoke(value, metadata);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(handler.name() + " failed on event " + metadata.id(), e);
        }
    }
}
