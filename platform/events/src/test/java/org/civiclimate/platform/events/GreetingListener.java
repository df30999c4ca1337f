package org.civiclimate.platform.events;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.civiclimate.platform.tenancy.CommuneContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class GreetingListener {

    /** Every handled event, in handling order (including attempts that failed). */
    final List<Received> received = new CopyOnWriteArrayList<>();

    /** While set, greetings saying "fails until mended" fail as a transient fault would. */
    final AtomicBoolean broken = new AtomicBoolean(true);

    private final JdbcClient jdbc;

    GreetingListener(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Received(Greeted greeting, InboundEvent event, String boundCommune) {}

    @OnCloudEvent("test.greeted")
    void on(Greeted greeting, InboundEvent event) {
        received.add(new Received(greeting, event, CommuneContext.require().toString()));
        if (greeting.text().equals("poison")) {
            throw new IllegalStateException("this greeting can never be handled");
        }
        if (greeting.text().equals("fails until mended") && broken.get()) {
            throw new IllegalStateException("a collaborator is down");
        }
        jdbc.sql("insert into greeting_receipt (commune_id, greeting_id) values (?, ?)")
                .params(event.commune().value(), greeting.greetingId())
                .update();
    }
}
