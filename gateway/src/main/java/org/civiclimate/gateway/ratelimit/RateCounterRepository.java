package org.civiclimate.gateway.ratelimit;

import java.sql.Timestamp;
import java.time.Instant;
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

    /** Counts one more request for the key in the window; returns the count including it. */
    int hit(String key, RateWindow window) {
        return jdbc.sql("""
                        insert into rate_window (key, window_start, hits) values (?, ?, 1)
                        on conflict (key, window_start) do update set hits = rate_window.hits + 1
                        returning hits""")
                .params(key, Timestamp.from(window.start()))
                .query(Integer.class)
                .single();
    }

    int purgeBefore(Instant instant) {
        return jdbc.sql("delete from rate_window where window_start < ?")
                .param(Timestamp.from(instant))
                .update();
    }
}
