package org.civiclimate.platform.events;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.civiclimate.platform.tenancy.CommuneContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class GreetingListener {

    /** Every handled event, in handling order (including attempts that failed). */
    final List<Received> received = new CopyOnWriteArrayList<>();

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
        jdbc.sql("insert into greeting_receipt (commune_id, greeting_id) values (?, ?)")
                .params(event.commune().value(), greeting.greetingId())
                .update();
    }
}
