package org.civiclimate.platform.events;

import io.cloudevents.core.format.EventFormat;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.HashMap;
import java.util.Objects;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Wires the catalogue, the outbox and its relay, and the consumer of {@link OnCloudEvent} handlers. */
@AutoConfiguration(
        after = KafkaAutoConfiguration.class,
        afterName = {
            "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
            "org.civiclimate.platform.tenancy.TenancyAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration"
        })
@EnableConfigurationProperties(EventsProperties.class)
class EventsAutoConfiguration {

    private static final EventFormat FORMAT =
            Objects.requireNonNull(EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE));

    @Bean
    EventCatalogue eventCatalogue() {
        return EventCatalogue.load(EventsAutoConfiguration.class.getClassLoader());
    }

    @Bean
    static EventHandlers eventHandlers() {
        return new EventHandlers();
    }

    @Bean
    OutboxRelay outboxRelay(
            DataSource dataSource,
            PlatformTransactionManager transactionManager,
            KafkaProperties kafka,
            Environment environment,
            EventsProperties properties,
            ObjectProvider<MeterRegistry> meters) {
        return new OutboxRelay(
                JdbcClient.create(dataSource),
                new TransactionTemplate(transactionManager),
                kafka.buildProducerProperties(),
                applicationName(environment),
                properties,
                meters.getIfAvailable(SimpleMeterRegistry::new));
    }

    @Bean
    EventOutbox eventOutbox(
            EventCatalogue catalogue,
            JsonMapper mapper,
            DataSource dataSource,
            Environment environment,
            OutboxRelay relay) {
        return new EventOutbox(
                catalogue, mapper, FORMAT, JdbcClient.create(dataSource), applicationName(environment), relay::wakeUp);
    }

    @Bean
    EventTopics eventTopics(
            KafkaAdmin admin, EventCatalogue catalogue, EventsProperties properties, Environment environment) {
        return new EventTopics(admin, catalogue, properties, applicationName(environment));
    }

    @Bean
    EventConsumer eventConsumer(
            EventHandlers handlers,
            EventCatalogue catalogue,
            EventTopics topics,
            JsonMapper mapper,
            DataSource dataSource,
            PlatformTransactionManager transactionManager,
            KafkaProperties kafka,
            EventsProperties properties,
            Environment environment) {
        String application = applicationName(environment);
        var dispatcher = new InboundEventDispatcher(
                handlers,
                catalogue,
                FORMAT,
                mapper,
                JdbcClient.create(dataSource),
                new TransactionTemplate(transactionManager),
                application);
        var deadLetterConfig = new HashMap<>(kafka.buildProducerProperties());
        deadLetterConfig.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        deadLetterConfig.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        var deadLetters = new KafkaTemplate<>(new DefaultKafkaProducerFactory<String, byte[]>(deadLetterConfig));
        return new EventConsumer(
                handlers,
                catalogue,
                topics,
                dispatcher,
                kafka.buildConsumerProperties(),
                deadLetters,
                properties,
                application);
    }

    private static String applicationName(Environment environment) {
        return environment.getRequiredProperty("spring.application.name");
    }
}
