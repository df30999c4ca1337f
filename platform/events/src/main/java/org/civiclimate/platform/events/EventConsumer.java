package org.civiclimate.platform.events;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jspecify.annotations.Nullable;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Subscribes to the topics of every type the application has an {@link OnCloudEvent} handler for, once all beans
 * exist. A failing event is retried in place (its partition waits, so order holds), then sent to the topic's
 * dead-letter topic with the exception in the record's headers; an invalid event goes there at once.
 */
final class EventConsumer implements SmartLifecycle {

    private final EventHandlers handlers;
    private final EventCatalogue catalogue;
    private final EventTopics topics;
    private final InboundEventDispatcher dispatcher;
    private final Map<String, Object> consumerProperties;
    private final KafkaTemplate<String, byte[]> deadLetters;
    private final EventsProperties properties;
    private final String groupId;
    private @Nullable ConcurrentMessageListenerContainer<String, byte[]> container;

    EventConsumer(
            EventHandlers handlers,
            EventCatalogue catalogue,
            EventTopics topics,
            InboundEventDispatcher dispatcher,
            Map<String, Object> kafkaConsumerProperties,
            KafkaTemplate<String, byte[]> deadLetters,
            EventsProperties properties,
            String groupId) {
        this.handlers = handlers;
        this.catalogue = catalogue;
        this.topics = topics;
        this.dispatcher = dispatcher;
        this.consumerProperties = kafkaConsumerProperties;
        this.deadLetters = deadLetters;
        this.properties = properties;
        this.groupId = groupId;
    }

    @Override
    public void start() {
        var types = handlers.types();
        topics.ensure(types);
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
        containerProperties.setMessageListener((MessageListener<String, byte[]>) dispatcher::dispatch);

        var recoverer = new DeadLetterPublishingRecoverer(
                deadLetters, (record, _) -> new TopicPartition(record.topic() + EventTopics.DEAD_LETTER_SUFFIX, -1));
        var errorHandler = new DefaultErrorHandler(
                recoverer,
                new FixedBackOff(
                        properties.consumer().retryInterval().toMillis(),
                        Math.max(0, properties.consumer().attempts() - 1)));
        errorHandler.addNotRetryableExceptions(InvalidEventException.class);

        var created = new ConcurrentMessageListenerContainer<>(
                new DefaultKafkaConsumerFactory<String, byte[]>(config), containerProperties);
        created.setConcurrency(properties.consumer().concurrency());
        created.setCommonErrorHandler(errorHandler);
        created.setBeanName("civiclimateEventConsumer");
        created.start();
        container = created;
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
