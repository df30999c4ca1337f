package org.civiclimate.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every unique constraint the changelogs create has its field in the answer to a violation of it. */
class UniqueConstraintsIT extends TenantServiceIT {

    @Test
    void everyUniqueConstraintOfTheSchemaIsAnsweredNamingItsField() {
        // The platform libraries' own tables (outbox, processed and parked events, the relay's lease) are written by
        // them, not by a
        // request; Liquibase's tables by Liquibase.
        var unique = jdbc.sql("""
                        select i.relname
                        from pg_index x
                        join pg_class i on i.oid = x.indexrelid
                        join pg_class t on t.oid = x.indrelid
                        join pg_namespace n on n.oid = t.relnamespace
                        where x.indisunique and n.nspname = current_schema()
                          and t.relname not like '%\\_event' and t.relname <> 'outbox_relay_lease'
                          and t.relname not like 'databasechangelog%'""").query(String.class).list();

        assertThat(unique).contains("commune_slug_unique", "staff_invitation_open");
        assertThat(UniqueViolationAdvice.FIELDS.keySet()).containsAll(unique);
    }
}
