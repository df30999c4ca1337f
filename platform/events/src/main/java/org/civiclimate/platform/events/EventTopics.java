package org.civiclimate.platform.events;

import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.clients.admin.NewTopic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Declares the topics this service writes and reads. The broker does not create topics on first use, so a typo in a
 * topic name fails loudly instead of creating an orphan; the relay declares them again until Kafka has them, so a
 * service started while Kafka was down still creates its topics once Kafka is back.
 */
final class EventTopics {

    private static final Logger log = LoggerFactory.getLogger(EventTopics.class);

    private final KafkaAdmin admin;
    private final EventCatalogue catalogue;
    private final EventsProperties properties;
    private final String applicationName;

    EventTopics(KafkaAdmin admin, EventCatalogue catalogue, EventsProperties properties, String applicationName) {
        this.admin = admin;
        this.catalogue = catalogue;
        this.properties = properties;
        this.applicationName = applicationName;
    }

    /** Creates what is missing; logs and answers false when Kafka is unreachable (the relay retries later). */
    boolean ensure(Set<String> consumedTypes) {
        var names = new TreeSet<String>();
        catalogue.entries().stream()
                .filter(entry -> entry.producer().equals(applicationName))
                .forEach(entry -> names.add(entry.topic()));
        for (String consumed : catalogue.topicsOf(consumedTypes)) {
            names.add(consumed);
        }
        if (names.isEmpty()) {
            return true;
        }
        try {
            admin.createOrModifyTopics(names.stream()
                    .map(name -> TopicBuilder.name(name)
                            .partitions(properties.partitions())
                            .replicas(properties.replicationFactor())
                            .build())
                    .toArray(NewTopic[]::new));
            return true;
        } catch (RuntimeException e) {
            log.warn("Could not declare topics {} yet: {}", names, e.toString());
            return false;
        }
    }
}
