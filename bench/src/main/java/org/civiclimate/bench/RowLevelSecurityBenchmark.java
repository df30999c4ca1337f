package org.civiclimate.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.civiclimate.platform.infrastructure.Migrations;
import org.civiclimate.platform.infrastructure.PostgresServer;
import org.civiclimate.platform.tenancy.CommuneContext;
import org.civiclimate.platform.tenancy.CommuneId;
import org.civiclimate.platform.tenancy.CommuneTransactionManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What row-level security costs: a tenant-scoped read and write through a service's own path (application role,
 * {@link CommuneTransactionManager}, no {@code commune_id} in the SQL) against the same statement run by a role that
 * bypasses RLS with an explicit {@code commune_id} filter, with 10 and with 10,000 communes of data, in one run.
 * Measurements alternate between the two, so both see the same machine noise.
 */
public final class RowLevelSecurityBenchmark {

    private static final int ROWS_PER_COMMUNE = 100;
    /** The service's statement: no commune in it, the policy adds it. */
    private static final String READ = "select id, body from note order by id limit 20";
    /** The same statement with the filter a service would have to remember. */
    private static final String READ_FILTERED = "select id, body from note where commune_id = ? order by id limit 20";

    private static final String INSERT = "insert into note (commune_id, body) values (?, 'written')";

    private RowLevelSecurityBenchmark() {}

    public static void main(String[] args) {
        int iterations = Integer.getInteger("iterations", 3000);
        int warmUp = Integer.getInteger("warmUp", 1000);
        try (var postgres = PostgresServer.startEmbedded(null, 0)) {
            var database = postgres.provision("bench_rls");
            Migrations.migrate(database, "bench/changelog.yaml", RowLevelSecurityBenchmark.class.getClassLoader());
            try (var app = pool(database.jdbcUrl(), database.appUser(), database.appPassword());
                    var bypass = pool(database.jdbcUrl(), "postgres", "postgres");
                    // A pool per path, so that no path shares connections (and their prepared statements) with another.
                    var bypassWithSetting = pool(database.jdbcUrl(), "postgres", "postgres")) {
                var rls = new TransactionTemplate(new CommuneTransactionManager(app));
                var explicit = new TransactionTemplate(new JdbcTransactionManager(bypass));
                // The service's transaction manager on the bypassing role: pays the set_config round trip, not RLS.
                var settingOnly = new TransactionTemplate(new CommuneTransactionManager(bypassWithSetting));
                var settingSql = JdbcClient.create(bypassWithSetting);
                var appSql = JdbcClient.create(app);
                var bypassSql = JdbcClient.create(bypass);
                var report = new StringBuilder();
                var communes = new ArrayList<CommuneId>();
                for (int target : new int[] {10, 10_000}) {
                    grow(bypassSql, communes, target);
                    report.append(measure(
                            target,
                            communes,
                            rls,
                            explicit,
                            settingOnly,
                            appSql,
                            bypassSql,
                            settingSql,
                            warmUp,
                            iterations));
                }
                System.out.println(report);
            }
        }
    }

    private static String measure(
            int communeCount,
            List<CommuneId> communes,
            TransactionTemplate rls,
            TransactionTemplate explicit,
            TransactionTemplate settingOnly,
            JdbcClient appSql,
            JdbcClient bypassSql,
            JdbcClient settingSql,
            int warmUp,
            int iterations) {
        var readRls = new Samples();
        var readExplicit = new Samples();
        var writeRls = new Samples();
        var writeExplicit = new Samples();
        var readSettingOnly = new Samples();
        for (int i = -warmUp; i < iterations; i++) {
            boolean record = i >= 0;
            // Each measurement gets its own random commune, so none reads pages another just brought into cache,
            // and they run in a random order, so none always follows the same neighbour.
            var steps = new ArrayList<Runnable>(List.of(
                    () -> {
                        CommuneId c = any(communes);
                        time(
                                record ? readRls : null,
                                () -> CommuneContext.callAs(
                                        c,
                                        () -> rls.execute(_ -> appSql.sql(READ)
                                                .query((rs, _) -> rs.getString(2))
                                                .list())));
                    },
                    () -> {
                        CommuneId c = any(communes);
                        time(
                                record ? readExplicit : null,
                                () -> explicit.execute(_ -> bypassSql
                                        .sql(READ_FILTERED)
                                        .param(c.value())
                                        .query((rs, _) -> rs.getString(2))
                                        .list()));
                    },
                    () -> {
                        CommuneId c = any(communes);
                        time(
                                record ? readSettingOnly : null,
                                () -> CommuneContext.callAs(
                                        c,
                                        () -> settingOnly.execute(_ -> settingSql
                                                .sql(READ_FILTERED)
                                                .param(c.value())
                                                .query((rs, _) -> rs.getString(2))
                                                .list())));
                    },
                    () -> {
                        CommuneId c = any(communes);
                        time(
                                record ? writeRls : null,
                                () -> CommuneContext.callAs(
                                        c,
                                        () -> rls.execute(_ -> appSql.sql(INSERT)
                                                .param(c.value())
                                                .update())));
                    },
                    () -> {
                        CommuneId c = any(communes);
                        time(
                                record ? writeExplicit : null,
                                () -> explicit.execute(_ ->
                                        bypassSql.sql(INSERT).param(c.value()).update()));
                    }));
            java.util.Collections.shuffle(steps);
            steps.forEach(Runnable::run);
        }
        return row(communeCount, "read 20 rows", readRls, readExplicit)
                + row(communeCount, "insert 1 row", writeRls, writeExplicit)
                + row(communeCount, "read 20 rows, set_config only (no RLS)", readSettingOnly, readExplicit);
    }

    private static CommuneId any(List<CommuneId> communes) {
        return communes.get(ThreadLocalRandom.current().nextInt(communes.size()));
    }

    private static String row(int communes, String operation, Samples rls, Samples explicit) {
        return String.format(
                Locale.ROOT,
                "| %,d communes | %s | %.3f | %.3f | %.3f | %.3f | %.2f | %.2f |%n",
                communes,
                operation,
                rls.percentileMillis(50),
                rls.percentileMillis(95),
                explicit.percentileMillis(50),
                explicit.percentileMillis(95),
                rls.percentileMillis(50) / explicit.percentileMillis(50),
                rls.percentileMillis(95) / explicit.percentileMillis(95));
    }

    private static void time(Samples samples, Supplier<?> work) {
        long start = System.nanoTime();
        work.get();
        if (samples != null) {
            samples.add(System.nanoTime() - start);
        }
    }

    /** Adds communes of {@value #ROWS_PER_COMMUNE} rows each until there are {@code target}, then analyses. */
    private static void grow(JdbcClient bypass, List<CommuneId> communes, int target) {
        var added = new ArrayList<UUID>();
        while (communes.size() < target) {
            var id = new CommuneId(UUID.randomUUID());
            communes.add(id);
            added.add(id.value());
        }
        bypass.sql("""
                        insert into note (commune_id, body)
                        select c, 'note ' || n from unnest(?::uuid[]) c, generate_series(1, ?) n""").params(added.toArray(UUID[]::new), ROWS_PER_COMMUNE).update();
        bypass.sql("analyze note").update();
    }

    private static HikariDataSource pool(String url, String user, String password) {
        var pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername(user);
        pool.setPassword(password);
        pool.setMaximumPoolSize(2);
        return pool;
    }
}
