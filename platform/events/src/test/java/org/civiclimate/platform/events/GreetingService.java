package org.civiclimate.platform.events;

import java.util.UUID;
import org.civiclimate.platform.tenancy.CommuneId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class GreetingService {

    private final JdbcClient jdbc;
    private final EventOutbox outbox;

    GreetingService(JdbcClient jdbc, EventOutbox outbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    /** Writes a greeting and publishes it; with {@code fail}, the transaction then fails. */
    @Transactional
    public UUID greet(CommuneId commune, String text, int sequence, boolean fail) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into greeting (commune_id, id, text) values (?, ?, ?)")
                .params(commune.value(), id, text)
                .update();
        outbox.publish(commune, new Greeted(id, text, sequence));
        if (fail) {
            throw new IllegalStateException("the change fails after publishing");
        }
        return id;
    }
}
