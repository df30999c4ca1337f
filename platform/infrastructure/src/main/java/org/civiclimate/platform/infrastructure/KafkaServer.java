package org.civiclimate.platform.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka KRaft broker (broker and controller in one), run in-process from Kafka's own server classes.
 * It can be stopped and started again on the same ports and log directory, which is how tests take Kafka down.
 */
public final class KafkaServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KafkaServer.class);

    static {
        // Kafka calls Exit on fatal errors; in a shared JVM that must be an exception, not the end of the process.
        Exit.setExitProcedure((code, message) -> {
            throw new IllegalStateException("Kafka asked to exit (" + code + "): " + message);
        });
        Exit.setHaltProcedure((code, message) -> {
            throw new IllegalStateException("Kafka asked to halt (" + code + "): " + message);
        });
    }

    private final Path logDirectory;
    private final boolean temporary;
    private final int port;
    private final int controllerPort;
    private @Nullable KafkaRaftServer server;

    private KafkaServer(Path logDirectory, boolean temporary, int port, int controllerPort) {
        this.logDirectory = logDirectory;
        this.temporary = temporary;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    /**
     * Starts a broker. With a log directory, topics survive restarts; without one, a temporary directory is used and
     * removed on close. Port 0 picks a free port.
     */
    public static KafkaServer startEmbedded(@Nullable Path logDirectory, int port) {
        try {
            Path directory = logDirectory != null ? logDirectory : Files.createTempDirectory("civiclimate-kafka");
            var kafka = new KafkaServer(directory, logDirectory == null, Ports.orFree(port), Ports.free());
            kafka.start();
            return kafka;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** Starts the broker (again) on the same ports and directory, and waits until it answers. */
    public synchronized void start() {
        if (server != null) {
            return;
        }
        long began = System.nanoTime();
        try {
            Files.createDirectories(logDirectory);
            KafkaConfig config = KafkaConfig.fromProps(properties(), false);
            formatIfNeeded(config);
            var started = new KafkaRaftServer(config, Time.SYSTEM);
            started.startup();
            server = started;
            awaitReady(Duration.ofSeconds(60));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        log.info(
                "Kafka ready on {} in {} ms",
                bootstrapServers(),
                Duration.ofNanos(System.nanoTime() - began).toMillis());
    }

    /** Stops the broker, keeping its data, so that it can be started again. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        server = null;
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    @Override
    public void close() {
        stop();
        if (temporary) {
            Directories.deleteRecursively(logDirectory);
        }
    }

    private Properties properties() {
        var p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", logDirectory.toString());
        // One node: every internal topic has a single replica.
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "3");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("default.replication.factor", "1");
        p.put("min.insync.replicas", "1");
        p.put("num.partitions", "3");
        // Topics are declared by the applications that use them, never created by a typo.
        p.put("auto.create.topics.enable", "false");
        p.put("group.initial.rebalance.delay.ms", "0");
        // A small footprint on a 2-core machine.
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "2");
        p.put("background.threads", "2");
        p.put("num.recovery.threads.per.data.dir", "1");
        p.put("num.replica.fetchers", "1");
        p.put("log.cleaner.threads", "1");
        p.put("log.cleaner.dedupe.buffer.size", String.valueOf(2 * 1024 * 1024));
        p.put("log.segment.bytes", String.valueOf(16 * 1024 * 1024));
        return p;
    }

    private void formatIfNeeded(KafkaConfig config) {
        if (Files.exists(logDirectory.resolve("meta.properties"))) {
            return;
        }
        try {
            new Formatter()
                    .setNodeId(config.nodeId())
                    .setClusterId(Uuid.randomUuid().toString())
                    .setControllerListenerName(config.controllerListenerNames().getFirst())
                    .setMetadataLogDirectory(config.metadataLogDir())
                    .addDirectory(logDirectory.toString())
                    .setReleaseVersion(MetadataVersion.latestProduction())
                    .setHasDynamicQuorum(false)
                    .setPrintStream(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()))
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("Could not format Kafka storage in " + logDirectory, e);
        }
    }

    private void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000))) {
            while (true) {
                try {
                    var cluster = admin.describeCluster();
                    if (!cluster.nodes().get(3, TimeUnit.SECONDS).isEmpty()
                            && cluster.controller().get(3, TimeUnit.SECONDS) != null) {
                        return;
                    }
                } catch (ExecutionException | TimeoutException e) {
                    // not ready yet
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Kafka did not become ready within " + timeout);
                }
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Kafka", e);
        }
    }
}
