package org.civiclimate.platform.events;

import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.format.EventFormat;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.civiclimate.platform.tenancy.CommuneContext;
import org.civiclimate.platform.tenancy.CommuneId;
import org.civiclimate.platform.web.RequestId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes events the only safe way: by writing them to the outbox in the transaction of the change they describe.
 * If that transaction rolls back, the event never existed; once it commits, the relay delivers it even if Kafka is
 * down at that moment.
 */
public class EventOutbox {

    private final EventCatalogue catalogue;
    private final JsonMapper mapper;
    private final EventFormat format;
    private final JdbcClient jdbc;
    private final URI source;
    private final Runnable relayWakeUp;

    EventOutbox(
            EventCatalogue catalogue,
            JsonMapper mapper,
            EventFormat format,
            JdbcClient jdbc,
            String applicationName,
            Runnable relayWakeUp) {
        this.catalogue = catalogue;
        this.mapper = mapper;
        this.format = format;
        this.jdbc = jdbc;
        this.source = URI.create(CloudEvents.source(applicationName));
        this.relayWakeUp = relayWakeUp;
    }

    /**
     * Appends {@code event} (a record annotated with {@link CloudEventType}) for {@code commune} to the outbox.
     *
     * @return the CloudEvent id
     * @throws IllegalStateException outside a transaction, for another commune than the one bound, or when the data
     *     does not match the catalogue's schema (a programming error: nothing is written)
     */
    public UUID publish(CommuneId commune, Object event) {
        return publishAll(commune, List.of(event)).getFirst();
    }

    /**
     * Appends every event, in order, in one statement: what a change announcing many events at once (an attendance
     * sheet of a hundred members) costs one round trip for, not a hundred. Checked as {@link #publish} checks each.
     *
     * @return the CloudEvent ids, in the events' order
     */
    public List<UUID> publishAll(CommuneId commune, List<?> events) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Events are published inside the transaction of the change they describe");
        }
        CommuneContext.current().filter(bound -> !bound.equals(commune)).ifPresent(bound -> {
            throw new IllegalStateException(
                    "An event of commune " + commune + " cannot be published while working for " + bound);
        });
        if (events.isEmpty()) {
            return List.of();
        }
        var ids = new ArrayList<UUID>(events.size());
        var params = new ArrayList<Object>(events.size() * 5);
        for (Object event : events) {
            CatalogueEntry entry = catalogue.entryFor(event.getClass());
            JsonNode data = mapper.valueToTree(event);
            var violations = catalogue.violations(entry.type(), entry.version(), data);
            if (!violations.isEmpty()) {
                throw new IllegalStateException(
                        "Event " + entry.type() + " v" + entry.version() + " does not match its schema: " + violations);
            }
            UUID id = UUID.randomUUID();
            var builder = CloudEventBuilder.v1()
                    .withId(id.toString())
                    .withSource(source)
                    .withType(entry.type())
                    .withDataSchema(URI.create(entry.dataSchema()))
                    .withDataContentType("application/json")
                    .withTime(OffsetDateTime.now(ZoneOffset.UTC))
                    .withExtension(CloudEvents.COMMUNE_ID, commune.toString())
                    .withData(mapper.writeValueAsBytes(data));
            RequestId.current().ifPresent(requestId -> builder.withExtension(CloudEvents.REQUEST_ID, requestId));
            ids.add(id);
            params.addAll(List.of(id, commune.value(), entry.topic(), entry.type(), format.serialize(builder.build())));
        }
        // One VALUES list numbers its rows in order: the relay publishes by that position, so they go out in order.
        jdbc.sql("insert into outbox_event (event_id, commune_id, topic, type, envelope) values "
                        + String.join(", ", Collections.nCopies(events.size(), "(?, ?, ?, ?, ?)")))
                .params(params)
                .update();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                relayWakeUp.run();
            }
        });
        return ids;
    }
}
