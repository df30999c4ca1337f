package org.civiclimate.platform.events;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the event library, under {@code civiclimate.events}.
 *
 * @param partitions partitions of the topics this service declares (commune ids spread over them)
 * @param replicationFactor replicas of those topics (1 for a single broker, 3 in production)
 */
@ConfigurationProperties("civiclimate.events")
public record EventsProperties(
        @DefaultValue("6") int partitions,
        @DefaultValue("1") short replicationFactor,
        @DefaultValue Relay relay,
        @DefaultValue Consumer consumer) {

    /**
     * The outbox relay.
     *
     * @param batchSize events published per Kafka transaction at most
     * @param pollInterval how often the relay looks for events it was not told about (from other instances)
     * @param maxBackoff longest wait between attempts while Kafka is unreachable
     * @param deliveryTimeout how long one batch may take to reach Kafka before it is retried
     * @param retention how long published events stay in the outbox table (for inspection) before they are purged
     * @param lease how long one instance keeps relaying after it last renewed its lease (at every batch and poll)
     *     before another may take over; longer than {@code maxBackoff}, so a leader waiting out a Kafka outage keeps it
     */
    public record Relay(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("200") int batchSize,
            @DefaultValue("500ms") Duration pollInterval,
            @DefaultValue("10s") Duration maxBackoff,
            @DefaultValue("10s") Duration deliveryTimeout,
            @DefaultValue("7d") Duration retention,
            @DefaultValue("15s") Duration lease) {}

    /**
     * The consumers.
     *
     * @param concurrency consumer threads (each owns some partitions, so one commune's events stay in order)
     * @param retryFor how long a failing event is retried in place (its partition waits) before it is parked; long
     *     enough to outlast a restart of the service's database
     * @param retryInterval first wait between attempts, doubled after each until {@code maxRetryInterval}
     * @param maxRetryInterval longest wait between attempts; well under Kafka's {@code max.poll.interval.ms}
     * @param processedRetention how long processed-event records are kept to recognise duplicates; longer than
     *     the topics' retention
     */
    public record Consumer(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("1") int concurrency,
            @DefaultValue("15m") Duration retryFor,
            @DefaultValue("1s") Duration retryInterval,
            @DefaultValue("30s") Duration maxRetryInterval,
            @DefaultValue("30d") Duration processedRetention) {}
}
