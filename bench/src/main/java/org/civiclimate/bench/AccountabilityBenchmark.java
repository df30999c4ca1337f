package org.civiclimate.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The public accountability page and a 100-member attendance sheet, against a running devstack, with one commune of
 * five years' history in assembly-service's database and then, in the same run, with 1,000: the demo commune
 * {@code uccle} gets the history (by SQL, as the superuser, which bypasses row-level security), is measured, then 999
 * communes of the same shape are loaded beside it and it is measured again. Requests go straight to
 * assembly-service (not through the gateway), sequentially, after a warm-up.
 */
public final class AccountabilityBenchmark {

    private static final Pattern RECORDED = Pattern.compile("\"recorded\":(\\d+)");
    private static final String UCCLE = "uccle";
    private static final int MEMBERS = 100;

    private AccountabilityBenchmark() {}

    public static void main(String[] args) throws Exception {
        int warmUp = Integer.getInteger("warmUp", 100);
        int requests = Integer.getInteger("requests", 300);
        int others = Integer.getInteger("others", 999);
        boolean cleanUp = !Boolean.getBoolean("keep");
        var devstack = RunningDevstack.fromDataDirectory();
        String service = devstack.url("assembly-service.url");
        // Each run has its own ids and slugs, so that a run left behind (-Dkeep=true) never collides with the next.
        String seed = UUID.randomUUID().toString().substring(0, 8);
        String jdbc = "jdbc:postgresql://127.0.0.1:" + devstack.url("postgres.port") + "/assembly";
        try (var db = DriverManager.getConnection(jdbc, "postgres", "")) {
            UUID uccle = uccleId(db);
            // Every sheet needs its own session, held and not recorded yet: both phases' warm-ups and measures.
            int sheets = 2 * (warmUp + requests);
            long began = System.nanoTime();
            UUID assembly = loadUccle(db, uccle, seed, sheets);
            System.out.printf(Locale.ROOT, "uccle loaded in %.1f s%n", (System.nanoTime() - began) / 1e9);
            analyze(db);
            var members = members(db, assembly);
            var sessions = new ArrayList<>(unrecordedSessions(db, uccle, seed, sheets));
            try {
                var few = new Phase(devstack, service, assembly, members, sessions, warmUp, requests);
                System.out.printf(Locale.ROOT, "%d commune of this shape: %s; %s%n", 1, few, load());
                explain(db, uccle);

                began = System.nanoTime();
                loadOthers(db, seed, others);
                System.out.printf(
                        Locale.ROOT, "%d communes loaded in %.1f s%n", others, (System.nanoTime() - began) / 1e9);
                analyze(db);
                counts(db);
                var many = new Phase(devstack, service, assembly, members, sessions, warmUp, requests);
                System.out.printf(Locale.ROOT, "%d communes of this shape: %s; %s%n", others + 1, many, load());
                explain(db, uccle);
                System.out.printf(
                        Locale.ROOT,
                        "p95 ratio (%d / 1): page %.2f, filtered page %.2f, attendance sheet %.2f%n",
                        others + 1,
                        many.page.percentileMillis(95) / few.page.percentileMillis(95),
                        many.filtered.percentileMillis(95) / few.filtered.percentileMillis(95),
                        many.sheet.percentileMillis(95) / few.sheet.percentileMillis(95));
            } finally {
                if (cleanUp) {
                    // The devstack is shared: leave uccle and the directory as they were (the outbox's published
                    // attendance events stay, as any recorded sheet's would).
                    began = System.nanoTime();
                    cleanUp(db, uccle, assembly, seed);
                    System.out.printf(Locale.ROOT, "cleaned up in %.1f s%n", (System.nanoTime() - began) / 1e9);
                }
            }
        }
    }

    /** The machine is shared: its load average says how much else ran during a measure. */
    private static String load() {
        try {
            return "load average "
                    + java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                            .strip();
        } catch (IOException e) {
            return "load average unknown";
        }
    }

    private static UUID uccleId(Connection db) throws SQLException {
        try (var select = db.prepareStatement("select id from known_commune where slug = ?")) {
            select.setString(1, UCCLE);
            try (var rows = select.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException("assembly-service does not know uccle");
                }
                return rows.getObject(1, UUID.class);
            }
        }
    }

    /** Uccle's history, plus the sessions the sheets are recorded on (started, not recorded yet); its assembly's id. */
    private static UUID loadUccle(Connection db, UUID uccle, String seed, int sheets) throws SQLException {
        db.setAutoCommit(false);
        try (var statement = db.createStatement()) {
            statement.execute("drop table if exists bench_commune");
            statement.execute("create temp table bench_commune (c uuid primary key, a uuid not null, seed text)");
        }
        try (var insert = db.prepareStatement("insert into bench_commune values (?, md5(? || ? || ':a')::uuid, ?)")) {
            insert.setObject(1, uccle);
            insert.setString(2, seed);
            insert.setString(3, uccle.toString());
            insert.setString(4, seed);
            insert.executeUpdate();
        }
        loadHistory(db);
        try (var insert = db.prepareStatement("""
                insert into assembly_session (commune_id, id, assembly_id, kind, title, starts_at, ends_at, half_days,
                                              place, created_by)
                select b.c, md5(b.seed || b.c || ':x:' || k)::uuid, b.a, 'DELIBERATION', 'Measured session ' || k,
                       now() - interval '1 day' - k * interval '10 minutes',
                       now() - interval '1 day' - k * interval '10 minutes' + interval '7 hours', 2, 'Town hall',
                       'bench'
                  from bench_commune b, generate_series(1, ?) k""")) {
            insert.setInt(1, sheets);
            insert.executeUpdate();
        }
        UUID assembly;
        try (var statement = db.createStatement();
                var rows = statement.executeQuery("select a from bench_commune")) {
            rows.next();
            assembly = rows.getObject(1, UUID.class);
        }
        db.commit();
        db.setAutoCommit(true);
        return assembly;
    }

    /**
     * 999 more communes of the same shape (known to the directory too, under slugs of this run), in batches that each
     * commit, so that progress shows and no transaction holds millions of rows.
     */
    private static void loadOthers(Connection db, String seed, int count) throws SQLException {
        int batch = 100;
        for (int from = 1; from <= count; from += batch) {
            int to = Math.min(count, from + batch - 1);
            db.setAutoCommit(false);
            try (var statement = db.createStatement()) {
                statement.execute("truncate bench_commune");
            }
            try (var insert = db.prepareStatement("""
                    with added as (
                        insert into known_commune (id, slug, name, country, languages)
                        select gen_random_uuid(), 'bench-' || ? || '-' || n, 'Bench ' || n, 'BE', '{fr}'
                          from generate_series(?, ?) n
                        returning id)
                    insert into bench_commune select id, md5(? || id || ':a')::uuid, ? from added""")) {
                insert.setString(1, seed);
                insert.setInt(2, from);
                insert.setInt(3, to);
                insert.setString(4, seed);
                insert.setString(5, seed);
                insert.executeUpdate();
            }
            loadHistory(db);
            db.commit();
            db.setAutoCommit(true);
            System.out.printf(Locale.ROOT, "  loaded communes %d-%d%n", from, to);
        }
    }

    /**
     * Five years of one assembly for each commune of {@code bench_commune}: 100 members seated for the whole time, 60
     * held sessions (one every 30 days; every fifth a vote, 12 follow-up reviews), everyone's attendance at each, 300
     * adopted recommendations (25 per vote session, the result frozen on them) each with its text's version, the
     * commune's answer and 3 follow-ups, and an assessment of every third. Ids derive from the commune and the row's
     * number (md5), so that rows can refer to each other without a lookup. Not loaded: the individual ballots
     * (vote_voter, vote_ballot), which neither measured request reads.
     */
    private static void loadHistory(Connection db) throws SQLException {
        try (var statement = db.createStatement()) {
            statement.execute("""
                    insert into assembly (commune_id, id, name, kind, seats, mandate_months, cohorts,
                                          first_sitting_on, topics)
                    select c, a, 'Bench council', 'PERMANENT_COUNCIL', 100, 72, 1, current_date - interval '5 years',
                           '{mobility,energy,housing,food,biodiversity}'
                      from bench_commune""");
            statement.execute("""
                    insert into mandate (commune_id, id, assembly_id, user_id, name, seat, cohort, starts_on, ends_on,
                                         chosen_by, seated_by)
                    select b.c, md5(b.seed || b.c || ':m:' || m)::uuid, b.a, md5(b.seed || b.c || ':u:' || m)::uuid::text,
                           'Member ' || m, m, 1, current_date - interval '5 years',
                           current_date - interval '5 years' + interval '72 months', 'DRAWN', 'bench'
                      from bench_commune b, generate_series(1, 100) m""");
            statement.execute("""
                    insert into assembly_session (commune_id, id, assembly_id, kind, title, starts_at, ends_at,
                                                  half_days, place, created_by, created_at)
                    select b.c, md5(b.seed || b.c || ':s:' || s)::uuid, b.a,
                           case s % 5 when 0 then 'VOTE' when 2 then 'FOLLOW_UP_REVIEW' when 1 then 'INFORMATION_HEARING'
                                else 'DELIBERATION' end,
                           'Session ' || s, t.starts_at, t.starts_at + interval '7 hours', 2, 'Town hall', 'bench',
                           t.starts_at - interval '20 days'
                      from bench_commune b, generate_series(1, 60) s,
                           lateral (select ((current_date - interval '5 years' + s * interval '30 days') + time '09:00')
                                               at time zone 'Europe/Brussels' as starts_at) t""");
            statement.execute("""
                    insert into attendance_record (commune_id, session_id, user_id, version, mandate_id, name, status,
                                                   half_days, recorded_by, recorded_at)
                    select b.c, md5(b.seed || b.c || ':s:' || s)::uuid, md5(b.seed || b.c || ':u:' || m)::uuid::text, 1,
                           md5(b.seed || b.c || ':m:' || m)::uuid, 'Member ' || m,
                           case (s * 7 + m) % 20 when 0 then 'ABSENT' when 1 then 'EXCUSED' else 'PRESENT' end,
                           case when (s * 7 + m) % 20 < 2 then 0 else 2 end, 'bench',
                           ((current_date - interval '5 years' + s * interval '30 days') + time '17:00')
                               at time zone 'Europe/Brussels'
                      from bench_commune b, generate_series(1, 60) s, generate_series(1, 100) m""");
            // Recommendation r is voted at vote session 5k (k = 1..12), closed 2 hours after it starts.
            statement.execute("""
                    insert into recommendation (commune_id, id, assembly_id, topic, version, title, body, status,
                                                created_by, created_at, vote_session_id, vote_opened_at, secrecy,
                                                quorum_percent, threshold, seated, votes_for, votes_against,
                                                abstentions, quorum_met, vote_closed_at, response_due_on)
                    select b.c, md5(b.seed || b.c || ':r:' || r)::uuid, b.a,
                           (array['mobility','energy','housing','food','biodiversity'])[1 + r % 5], 1,
                           'Recommendation ' || r || ': ' || p.phrase,
                           'The assembly recommends that the commune ' || p.phrase || '. '
                               || repeat('It should consult the residents concerned, publish a timetable and report'
                                         || ' on its progress every six months. ', 6),
                           'ADOPTED', 'bench', t.starts_at - interval '30 days',
                           md5(b.seed || b.c || ':s:' || (5 * k))::uuid, t.starts_at + interval '1 hour', 'NAMED', 50,
                           'SIMPLE_MAJORITY', 100, 55 + r % 10, 25 - r % 10, 10, true,
                           t.starts_at + interval '2 hours' + r * interval '1 second',
                           ((t.starts_at at time zone 'Europe/Brussels')::date + interval '3 months')::date
                      from bench_commune b, generate_series(1, 300) r,
                           lateral (select (r - 1) / 25 + 1 as k) kk,
                           lateral (select ((current_date - interval '5 years' + 5 * kk.k * interval '30 days')
                                               + time '09:00') at time zone 'Europe/Brussels' as starts_at) t,
                           lateral (select (array['extend the bus network to every district',
                                                  'insulate the public schools', 'open a repair café',
                                                  'plant trees along the main roads', 'build safe cycle lanes',
                                                  'support community gardens', 'install solar panels on public roofs',
                                                  'renovate empty housing', 'serve local food in canteens',
                                                  'protect the wetlands'])[1 + r % 10] as phrase) p""");
            statement.execute("""
                    insert into recommendation_version (commune_id, recommendation_id, version, title, body, changed_by,
                                                        changed_at)
                    select r.commune_id, r.id, 1, r.title, r.body, 'bench', r.created_at
                      from recommendation r join bench_commune b on b.c = r.commune_id and b.a = r.assembly_id""");
            statement.execute("""
                    insert into commune_response (commune_id, recommendation_id, decision, justification, published_by,
                                                  published_at)
                    select r.commune_id, r.id,
                           (array['ACCEPTED','PARTIALLY_ACCEPTED','REJECTED'])[1 + abs(hashtext(r.id::text)) % 3],
                           'The council has examined the recommendation with its departments and the budget; '
                               || 'it explains here what it will do, by when, and why.',
                           'bench', r.vote_closed_at + interval '40 days'
                      from recommendation r join bench_commune b on b.c = r.commune_id and b.a = r.assembly_id""");
            statement.execute("""
                    insert into follow_up (commune_id, id, recommendation_id, status, progress, note, happened_on,
                                           department, recorded_by, recorded_at)
                    select cr.commune_id, md5(cr.recommendation_id || ':f:' || f)::uuid, cr.recommendation_id,
                           case f when 1 then 'PLANNED' when 2 then 'IN_PROGRESS' else 'DONE' end,
                           case f when 1 then 0 when 2 then 50 else 100 end,
                           'Update ' || f || ': the department reports where the work stands.',
                           least(current_date, (cr.published_at + f * interval '60 days')::date), 'Public works',
                           'bench', least(now(), cr.published_at + f * interval '60 days')
                      from commune_response cr
                           join recommendation r on r.commune_id = cr.commune_id and r.id = cr.recommendation_id
                           join bench_commune b on b.c = r.commune_id and b.a = r.assembly_id,
                           generate_series(1, 3) f""");
            statement.execute("""
                    insert into assessment (commune_id, id, recommendation_id, session_id, verdict, comment, recorded_by,
                                            recorded_at)
                    select r.commune_id, md5(r.id || ':e')::uuid, r.id, s.id,
                           (array['SATISFIED','PARTLY_SATISFIED','NOT_SATISFIED'])[1 + r.votes_for % 3],
                           'The assembly reviewed the follow-up at its session.', 'bench', s.starts_at
                      from recommendation r
                           join bench_commune b on b.c = r.commune_id and b.a = r.assembly_id
                           join assembly_session s on s.commune_id = r.commune_id
                                and s.id = md5(b.seed || b.c || ':s:' || 57)::uuid
                     where abs(hashtext(r.id || ':e')) % 3 = 0""");
        }
    }

    /**
     * Statistics for the planner, and the vacuum and checkpoint that a bulk load would otherwise set off in the
     * background during the measure (autovacuum of millions of new rows, writing a gigabyte of dirty pages).
     */
    private static void analyze(Connection db) throws SQLException {
        try (var statement = db.createStatement()) {
            statement.execute("vacuum analyze");
            statement.execute("checkpoint");
        }
    }

    private static void counts(Connection db) throws SQLException {
        try (var statement = db.createStatement();
                var rows = statement.executeQuery("""
                        select (select count(*) from known_commune), (select count(*) from attendance_record),
                               (select count(*) from recommendation), (select count(*) from follow_up)""")) {
            rows.next();
            System.out.printf(
                    Locale.ROOT,
                    "rows: known_commune %d, attendance_record %d, recommendation %d, follow_up %d%n",
                    rows.getLong(1),
                    rows.getLong(2),
                    rows.getLong(3),
                    rows.getLong(4));
        }
    }

    private static List<String> members(Connection db, UUID assembly) throws SQLException {
        var members = new ArrayList<String>();
        try (var select = db.prepareStatement("select user_id from mandate where assembly_id = ? order by seat")) {
            select.setObject(1, assembly);
            try (var rows = select.executeQuery()) {
                while (rows.next()) {
                    members.add(rows.getString(1));
                }
            }
        }
        if (members.size() != MEMBERS) {
            throw new IllegalStateException("expected " + MEMBERS + " members, found " + members.size());
        }
        return members;
    }

    private static List<UUID> unrecordedSessions(Connection db, UUID uccle, String seed, int count)
            throws SQLException {
        var sessions = new ArrayList<UUID>();
        try (var select = db.prepareStatement("select md5(? || ? || ':x:' || k)::uuid from generate_series(1, ?) k")) {
            select.setString(1, seed);
            select.setString(2, uccle.toString());
            select.setInt(3, count);
            try (var rows = select.executeQuery()) {
                while (rows.next()) {
                    sessions.add(rows.getObject(1, UUID.class));
                }
            }
        }
        return sessions;
    }

    /** The page's main query, the count and the follow-ups, as the service runs them (its role, uccle bound). */
    private static void explain(Connection db, UUID uccle) throws SQLException {
        String rows = """
                select r.*, a.name, cr.* from recommendation r
                  join assembly a on a.commune_id = r.commune_id and a.id = r.assembly_id
                  left join commune_response cr on cr.commune_id = r.commune_id and cr.recommendation_id = r.id
                 where r.status = 'ADOPTED' %s
                 order by r.vote_closed_at desc, r.id limit 20 offset 0""";
        String filter = "and cr.decision = 'ACCEPTED' and (r.title ilike '%bus%' or r.body ilike '%bus%'"
                + " or cr.justification ilike '%bus%')";
        String count = """
                select count(*) from recommendation r
                  left join commune_response cr on cr.commune_id = r.commune_id and cr.recommendation_id = r.id
                 where r.status = 'ADOPTED'""";
        db.setAutoCommit(false);
        try (var statement = db.createStatement()) {
            statement.execute("set local role assembly_app");
            statement.execute("select set_config('app.commune_id', '" + uccle + "', true)");
            for (String query : new String[] {rows.formatted(""), rows.formatted(filter), count}) {
                System.out.println(
                        "EXPLAIN ANALYZE " + query.lines().findFirst().orElse("") + " …");
                try (var plan = statement.executeQuery("explain (analyze, buffers) " + query)) {
                    while (plan.next()) {
                        System.out.println("  " + plan.getString(1));
                    }
                }
            }
        } finally {
            db.rollback();
            db.setAutoCommit(true);
        }
    }

    private static void cleanUp(Connection db, UUID uccle, UUID assembly, String seed) throws SQLException {
        db.setAutoCommit(false);
        try (var statement = db.createStatement()) {
            statement.execute("truncate bench_commune");
            try (var insert = db.prepareStatement("""
                    insert into bench_commune select id, md5(? || id || ':a')::uuid, ? from known_commune
                     where slug like 'bench-' || ? || '-%'
                    union all select ?, ?, ?""")) {
                insert.setString(1, seed);
                insert.setString(2, seed);
                insert.setString(3, seed);
                insert.setObject(4, uccle);
                insert.setObject(5, assembly);
                insert.setString(6, seed);
                insert.executeUpdate();
            }
            // Children first; uccle's rows are those of the benchmark's assembly only.
            for (String table :
                    new String[] {"assessment", "follow_up", "commune_response", "recommendation_version"}) {
                statement.execute("delete from " + table + " t using recommendation r, bench_commune b"
                        + " where r.commune_id = t.commune_id and r.id = t.recommendation_id"
                        + " and b.c = r.commune_id and b.a = r.assembly_id");
            }
            statement.execute("delete from recommendation t using bench_commune b"
                    + " where b.c = t.commune_id and b.a = t.assembly_id");
            statement.execute("delete from attendance_record t using assembly_session s, bench_commune b"
                    + " where s.commune_id = t.commune_id and s.id = t.session_id"
                    + " and b.c = s.commune_id and b.a = s.assembly_id");
            for (String table : new String[] {"assembly_session", "mandate"}) {
                statement.execute("delete from " + table + " t using bench_commune b"
                        + " where b.c = t.commune_id and b.a = t.assembly_id");
            }
            statement.execute("delete from assembly t using bench_commune b where b.c = t.commune_id and b.a = t.id");
            try (var delete = db.prepareStatement("delete from known_commune where slug like 'bench-' || ? || '-%'")) {
                delete.setString(1, seed);
                delete.executeUpdate();
            }
            db.commit();
        } finally {
            db.setAutoCommit(true);
        }
        analyze(db);
    }

    /** One measure of the three requests, each after its own warm-up; each sheet takes the next unrecorded session. */
    private static final class Phase {
        final Samples page = new Samples();
        final Samples filtered = new Samples();
        final Samples sheet = new Samples();

        Phase(
                RunningDevstack devstack,
                String service,
                UUID assembly,
                List<String> members,
                List<UUID> sessions,
                int warmUp,
                int requests)
                throws IOException, InterruptedException {
            String base = service + "/api/public/communes/" + UCCLE + "/assembly/recommendations?page=0&size=20";
            // Signed out: the page is public.
            var plain = HttpRequest.newBuilder(URI.create(base)).build();
            var narrowed = HttpRequest.newBuilder(URI.create(base + "&answer=ACCEPTED&q=bus"))
                    .build();
            for (var measured : List.of(page, filtered)) {
                var request = measured == page ? plain : narrowed;
                for (int i = 0; i < warmUp + requests; i++) {
                    long start = System.nanoTime();
                    var response = devstack.http.send(request, HttpResponse.BodyHandlers.ofString());
                    long took = System.nanoTime() - start;
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("page: " + response.statusCode() + " " + response.body());
                    }
                    if (i >= warmUp) {
                        measured.add(took);
                    }
                }
            }
            var tokens = new Tokens(devstack, "facilitator@uccle.demo");
            var body = new StringBuilder("{\"entries\":[");
            for (int m = 0; m < members.size(); m++) {
                body.append(m == 0 ? "" : ",")
                        .append("{\"userId\":\"")
                        .append(members.get(m))
                        .append("\",\"status\":\"PRESENT\"}");
            }
            String sheetBody = body.append("]}").toString();
            for (int i = 0; i < warmUp + requests; i++) {
                UUID session = sessions.removeFirst();
                var request = HttpRequest.newBuilder(URI.create(service + "/api/communes/" + UCCLE
                                + "/assembly/assemblies/" + assembly + "/sessions/" + session + "/attendance"))
                        .header("Authorization", "Bearer " + tokens.get())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(sheetBody))
                        .build();
                long start = System.nanoTime();
                var response = devstack.http.send(request, HttpResponse.BodyHandlers.ofString());
                long took = System.nanoTime() - start;
                var matcher = RECORDED.matcher(response.body());
                if (response.statusCode() != 200
                        || !matcher.find()
                        || Integer.parseInt(matcher.group(1)) != members.size()) {
                    throw new IllegalStateException("sheet: " + response.statusCode() + " "
                            + response.body()
                                    .substring(0, Math.min(500, response.body().length())));
                }
                if (i >= warmUp) {
                    sheet.add(took);
                }
            }
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "page p50 %.2f ms p95 %.2f ms; filtered page p50 %.2f ms p95 %.2f ms;"
                            + " attendance sheet (100) p50 %.2f ms p95 %.2f ms",
                    page.percentileMillis(50),
                    page.percentileMillis(95),
                    filtered.percentileMillis(50),
                    filtered.percentileMillis(95),
                    sheet.percentileMillis(50),
                    sheet.percentileMillis(95));
        }
    }

    /** The facilitator's token, renewed before it expires (five minutes; a run takes longer). */
    private static final class Tokens {
        private final RunningDevstack devstack;
        private final String user;
        private String token = "";
        private long fetchedAt;

        Tokens(RunningDevstack devstack, String user) {
            this.devstack = devstack;
            this.user = user;
        }

        String get() throws IOException, InterruptedException {
            if (token.isEmpty()
                    || System.nanoTime() - fetchedAt > Duration.ofMinutes(3).toNanos()) {
                token = devstack.token(user);
                fetchedAt = System.nanoTime();
            }
            return token;
        }
    }
}
