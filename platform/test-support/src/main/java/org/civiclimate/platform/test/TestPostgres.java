package org.civiclimate.platform.test;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.civiclimate.platform.infrastructure.DatabaseAccess;
import org.civiclimate.platform.infrastructure.PostgresServer;

/**
 * The test JVM's PostgreSQL: embedded, or the server named by {@code civiclimate.test.postgres.host} (with
 * {@code .port}, {@code .user}, {@code .password} of a role that may create roles and databases), or a container
 * where Testcontainers is asked for.
 */
public final class TestPostgres {

    private static final ConcurrentMap<String, DatabaseAccess> DATABASES = new ConcurrentHashMap<>();

    private TestPostgres() {}

    public static PostgresServer server() {
        return Holder.SERVER;
    }

    /** The database {@code name} with its owner and application roles, created on first use. */
    public static DatabaseAccess database(String name) {
        return DATABASES.computeIfAbsent(name, server()::provision);
    }

    private static final class Holder {
        static final PostgresServer SERVER = start();

        private static PostgresServer start() {
            var server = TestSettings.get("civiclimate.test.postgres.host")
                    .map(host -> PostgresServer.external(
                            host,
                            Integer.parseInt(TestSettings.get("civiclimate.test.postgres.port")
                                    .orElse("5432")),
                            TestSettings.get("civiclimate.test.postgres.user").orElse("postgres"),
                            TestSettings.get("civiclimate.test.postgres.password")
                                    .orElse("")))
                    .orElseGet(() -> {
                        if (Containers.wanted()) {
                            var container = Containers.postgres();
                            return PostgresServer.external(
                                    container.getHost(),
                                    container.getFirstMappedPort(),
                                    container.getUsername(),
                                    container.getPassword());
                        }
                        return PostgresServer.startEmbedded(null, 0);
                    });
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "stop-test-postgres"));
            return server;
        }
    }
}
