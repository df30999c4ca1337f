package org.civiclimate.platform.test;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Reads a migrated database and lists the tenant tables (those with a {@code commune_id} column) that are not fully
 * isolated: row-level security enabled and forced, a policy, and {@code commune_id} first in the primary key.
 */
public final class TenantTables {

    /** Delivery bookkeeping of the event library, read across communes by design (see events.sql). */
    public static final Set<String> SHARED_BY_DESIGN = Set.of("outbox_event", "processed_event", "parked_event");

    private TenantTables() {}

    public static List<String> notIsolated(DataSource dataSource) throws SQLException {
        var problems = new ArrayList<String>();
        String sql = """
                select c.relname,
                       c.relrowsecurity,
                       c.relforcerowsecurity,
                       exists (select 1 from pg_policy p where p.polrelid = c.oid) as has_policy,
                       (select a.attname
                          from pg_index i
                          join pg_attribute a on a.attrelid = i.indrelid and a.attnum = i.indkey[0]
                         where i.indrelid = c.oid and i.indisprimary) as first_key_column
                  from pg_class c
                  join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = 'public' and c.relkind = 'r'
                   and exists (select 1 from pg_attribute a
                                where a.attrelid = c.oid and a.attname = 'commune_id' and not a.attisdropped)
                 order by c.relname""";
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                String table = rows.getString(1);
                if (SHARED_BY_DESIGN.contains(table)) {
                    continue;
                }
                if (!rows.getBoolean(2) || !rows.getBoolean(3) || !rows.getBoolean(4)) {
                    problems.add(table + ": row-level security is not enabled, forced and given a policy");
                }
                if (!"commune_id".equals(rows.getString(5))) {
                    problems.add(table + ": commune_id is not the first column of the primary key");
                }
            }
        }
        return problems;
    }
}
