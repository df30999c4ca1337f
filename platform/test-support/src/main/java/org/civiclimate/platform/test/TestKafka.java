package org.civiclimate.platform.test;

import java.util.Optional;
import org.civiclimate.platform.infrastructure.KafkaServer;

/**
 * The test JVM's Kafka: an embedded KRaft broker, or the cluster named by
 * {@code civiclimate.test.kafka.bootstrap-servers}, or a container where Testcontainers is asked for.
 */
public final class TestKafka {

    private TestKafka() {}

    public static String bootstrapServers() {
        return Holder.EXTERNAL.orElseGet(() -> Holder.embedded().bootstrapServers());
    }

    /**
     * The embedded broker, for tests that take Kafka down and bring it back; empty when the cluster is external
     * (such tests then skip themselves with an assumption).
     */
    public static Optional<KafkaServer> embedded() {
        return Holder.EXTERNAL.isPresent() ? Optional.empty() : Optional.of(Holder.embedded());
    }

    private static final class Holder {
        static final Optional<String> EXTERNAL = TestSettings.get("civiclimate.test.kafka.bootstrap-servers")
                .or(() ->
                        Containers.wanted() ? Optional.of(Containers.kafka().getBootstrapServers()) : Optional.empty());
        private static KafkaServer server;

        static synchronized KafkaServer embedded() {
            if (server == null) {
                server = KafkaServer.startEmbedded(null, 0);
                Runtime.getRuntime().addShutdownHook(new Thread(server::close, "stop-test-kafka"));
            }
            return server;
        }
    }
}
