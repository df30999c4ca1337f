package org.civiclimate.gateway.ratelimit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The shared counters: one upsert per request and key, atomic in PostgreSQL whatever the number of replicas. */
@Repository
class RateCounterRepository {

    private final JdbcClient jdbc;

    RateCounterRepository(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** Counts one more request for each key in the window, in one round trip; returns the counts including it. */
    Map<String, Integer> hit(List<String> keys, RateWindow window) {
        var counts = new HashMap<String, Integer>();
        jdbc.sql("""
                        insert into rate_window (key, window_start, hits)
                        select key, ?, 1 from unnest(?::text[]) as key
                        on conflict (key, window_start) do update set hits = rate_window.hits + 1
                        returning key, hits""")
                .params(Timestamp.from(window.start()), keys.toArray(String[]::new))
                .query((rs, _) -> counts.put(rs.getString("key"), rs.getInt("hits")))
                .list();
        return counts;
    }

    /**
     * Counts one more request for {@code caller} and, only while the caller is within {@code callerAllowed}, for
     * {@code shared} too, in one round trip: a caller already refused spends nothing of a budget others share.
     */
    Map<String, Integer> hit(String caller, int callerAllowed, String shared, RateWindow window) {
        var counts = new HashMap<String, Integer>();
        Timestamp start = Timestamp.from(window.start());
        jdbc.sql("""
                        with caller as (
                            insert into rate_window (key, window_start, hits) values (?, ?, 1)
                            on conflict (key, window_start) do update set hits = rate_window.hits + 1
                            returning key, hits
                        ), shared as (
                            insert into rate_window (key, window_start, hits)
                            select ?::text, ?::timestamptz, 1 from caller where caller.hits <= ?
                            on conflict (key, window_start) do update set hits = rate_window.hits + 1
                            returning key, hits
                        )
                        select key, hits from caller union all select key, hits from shared""")
                .params(caller, start, shared, start, callerAllowed)
                .query((rs, _) -> counts.put(rs.getString("key"), rs.getInt("hits")))
                .list();
        return counts;
    }

    int purgeBefore(Instant instant) {
        return jdbc.sql("delete from rate_window where window_start < ?")
                .param(Timestamp.from(instant))
                .update();
    }
}
