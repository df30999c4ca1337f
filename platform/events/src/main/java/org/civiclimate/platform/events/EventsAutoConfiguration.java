package org.civiclimate.platform.events;

import io.cloudevents.core.format.EventFormat;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Objects;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaAdmin;
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
            EventTopics topics,
            EventHandlers handlers,
            ObjectProvider<MeterRegistry> meters) {
        return new OutboxRelay(
                JdbcClient.create(dataSource),
                new TransactionTemplate(transactionManager),
                kafka.buildProducerProperties(),
                applicationName(environment),
                properties,
                () -> topics.ensure(handlers.types()),
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
    InboundEventDispatcher inboundEventDispatcher(
            EventHandlers handlers,
            EventCatalogue catalogue,
            JsonMapper mapper,
            DataSource dataSource,
            PlatformTransactionManager transactionManager,
            Environment environment) {
        return new InboundEventDispatcher(
                handlers,
                catalogue,
                FORMAT,
                mapper,
                JdbcClient.create(dataSource),
                new TransactionTemplate(transactionManager),
                applicationName(environment));
    }

    @Bean
    ParkedEvents parkedEvents(
            DataSource dataSource,
            InboundEventDispatcher dispatcher,
            Environment environment,
            ObjectProvider<MeterRegistry> meters) {
        var parked = new ParkedEvents(JdbcClient.create(dataSource), FORMAT, applicationName(environment), dispatcher);
        Gauge.builder("civiclimate.events.parked", parked, p -> {
                    try {
                        return p.waiting();
                    } catch (RuntimeException e) {
                        return Double.NaN; // the database is gone: the db health check says so
                    }
                })
                .description("Events the consumer parked after retrying, waiting for an operator to replay them")
                .register(meters.getIfAvailable(SimpleMeterRegistry::new));
        return parked;
    }

    @Bean
    EventConsumer eventConsumer(
            EventHandlers handlers,
            EventCatalogue catalogue,
            EventTopics topics,
            InboundEventDispatcher dispatcher,
            ParkedEvents parked,
            KafkaProperties kafka,
            EventsProperties properties,
            Environment environment) {
        return new EventConsumer(
                handlers,
                catalogue,
                topics,
                dispatcher,
                kafka.buildConsumerProperties(),
                parked,
                properties,
                applicationName(environment));
    }

    /** The operators' side of parked events, where the application has actuator. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({Endpoint.class, HealthIndicator.class})
    static class ParkedEventsManagement {

        @Bean
        ParkedEventsEndpoint parkedEventsEndpoint(ParkedEvents parked) {
            return new ParkedEventsEndpoint(parked);
        }

        @Bean
        HealthIndicator parkedEventsHealthIndicator(ParkedEvents parked) {
            return new ParkedEventsHealth(parked);
        }
    }

    private static String applicationName(Environment environment) {
        return environment.getRequiredProperty("spring.application.name");
    }
}
