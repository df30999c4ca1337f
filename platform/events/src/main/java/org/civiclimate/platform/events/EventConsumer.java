package org.civiclimate.platform.events;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jspecify.annotations.Nullable;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Subscribes to the topics of every type the application has an {@link OnCloudEvent} handler for, once all beans
 * exist. A failing event is retried in place with a growing wait (its partition waits, so order holds) for
 * {@code retry-for}, then parked in the service's database with the reason ({@link ParkedEvents}); an invalid event is
 * parked at once. When even parking fails (the database is still gone), the event is retried again from the start:
 * it is never skipped.
 */
final class EventConsumer implements SmartLifecycle {

    private final EventHandlers handlers;
    private final EventCatalogue catalogue;
    private final EventTopics topics;
    private final InboundEventDispatcher dispatcher;
    private final Map<String, Object> consumerProperties;
    private final ParkedEvents parked;
    private final EventsProperties properties;
    private final String groupId;
    private @Nullable ConcurrentMessageListenerContainer<String, byte[]> container;

    EventConsumer(
            EventHandlers handlers,
            EventCatalogue catalogue,
            EventTopics topics,
            InboundEventDispatcher dispatcher,
            Map<String, Object> kafkaConsumerProperties,
            ParkedEvents parked,
            EventsProperties properties,
            String groupId) {
        this.handlers = handlers;
        this.catalogue = catalogue;
        this.topics = topics;
        this.dispatcher = dispatcher;
        this.consumerProperties = kafkaConsumerProperties;
        this.parked = parked;
        this.properties = properties;
        this.groupId = groupId;
    }

    @Override
    public void start() {
        var types = handlers.types();
        // The relay declares the topics from its own thread, so that a start while Kafka is down does not wait here.
        if (!properties.relay().enabled()) {
            topics.ensure(types);
        }
        if (types.isEmpty() || !properties.consumer().enabled()) {
            return;
        }
        var config = new HashMap<>(consumerProperties);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        // Batches of the outbox relay are Kafka transactions: never see a batch that was aborted.
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);

        var containerProperties =
                new ContainerProperties(catalogue.topicsOf(types).toArray(String[]::new));
        containerProperties.setAckMode(ContainerProperties.AckMode.RECORD);
        containerProperties.setMessageListener((MessageListener<String, byte[]>) record -> {
            if (parked.heldBack(record)) {
                parked.holdBehind(record);
            } else {
                dispatcher.dispatch(record);
            }
        });

        var errorHandler = new DefaultErrorHandler(
                (record, failure) -> parked.park(record(record), failure), backOff(properties.consumer()));
        errorHandler.addNotRetryableExceptions(InvalidEventException.class);
        // A record that could not be parked starts its retries over instead of being skipped.
        errorHandler.setResetStateOnRecoveryFailure(true);

        var created = new ConcurrentMessageListenerContainer<>(
                new DefaultKafkaConsumerFactory<String, byte[]>(config), containerProperties);
        created.setConcurrency(properties.consumer().concurrency());
        created.setCommonErrorHandler(errorHandler);
        created.setBeanName("civiclimateEventConsumer");
        created.start();
        container = created;
    }

    // Each wait is one sleep of the consumer thread between polls: kept far below max.poll.interval.ms (5 min).
    private static ExponentialBackOff backOff(EventsProperties.Consumer consumer) {
        var backOff = new ExponentialBackOff(consumer.retryInterval().toMillis(), 2.0);
        backOff.setMaxInterval(consumer.maxRetryInterval().toMillis());
        backOff.setMaxElapsedTime(consumer.retryFor().toMillis());
        return backOff;
    }

    @SuppressWarnings("unchecked")
    private static ConsumerRecord<String, byte[]> record(ConsumerRecord<?, ?> record) {
        return (ConsumerRecord<String, byte[]>) record;
    }

    @Override
    public void stop() {
        if (container != null) {
            container.stop();
            container = null;
        }
    }

    @Override
    public boolean isRunning() {
        return container != null && container.isRunning();
    }

    /** After the data source and the outbox relay, so that it stops first. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 100;
    }
}
