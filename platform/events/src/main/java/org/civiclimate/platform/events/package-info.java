/**
 * Events between services: CloudEvents (structured JSON) on Kafka, keyed by commune id and tagged with it
 * ({@code communeid} extension). Every type is declared once in the {@link EventCatalogue} with its JSON schema.
 * Producers append to a transactional outbox ({@link EventOutbox}) in the transaction of the change; the
 * {@code OutboxRelay} publishes committed events in order, in Kafka transactions. Consumers annotate a method with
 * {@link OnCloudEvent}; it runs once per event, in a transaction that records the event as processed, and an event
 * that cannot be processed goes to the topic's dead-letter topic with the reason.
 * Guarded by {@code EventCatalogueTest}, {@code OutboxIT} and {@code ConsumerIT}.
 */
@NullMarked
package org.civiclimate.platform.events;

import org.jspecify.annotations.NullMarked;
