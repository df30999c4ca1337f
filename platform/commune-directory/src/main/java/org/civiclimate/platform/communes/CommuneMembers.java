package org.civiclimate.platform.communes;

import java.util.Set;
import org.civiclimate.platform.events.OnCloudEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who has which roles in each commune, as tenant-service announced it with {@code membership.changed}: what this
 * service authorises from, without calling tenant-service. Replaying an event changes nothing, since each one carries
 * every role the user has.
 */
public class CommuneMembers {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    CommuneMembers(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** The user's roles in the bound commune (row-level security scopes the read); none for a non-member. */
    public Set<String> rolesOf(String userId) {
        var roles = transactions.execute(_ -> jdbc.sql("select roles from known_member where user_id = ?")
                .param(userId)
                .query((rs, _) -> Set.of((String[]) rs.getArray(1).getArray()))
                .optional()
                .orElse(Set.of()));
        return roles == null ? Set.of() : roles;
    }

    @OnCloudEvent("person.erased")
    void on(PersonErased event) {
        jdbc.sql("delete from known_member where commune_id = ? and user_id = ?")
                .params(event.communeId(), event.userId())
                .update();
    }

    @OnCloudEvent("membership.changed")
    void on(MembershipChanged event) {
        if (event.roles().isEmpty()) {
            jdbc.sql("delete from known_member where commune_id = ? and user_id = ?")
                    .params(event.communeId(), event.userId())
                    .update();
            return;
        }
        jdbc.sql("""
                        insert into known_member (commune_id, user_id, roles) values (?, ?, ?)
                        on conflict (commune_id, user_id) do update set roles = excluded.roles, changed_at = now()""")
                .params(event.communeId(), event.userId(), event.roles().toArray(String[]::new))
                .update();
    }
}
