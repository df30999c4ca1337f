package org.civiclimate.tenant;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.civiclimate.platform.test.TestPostgres;

/**
 * tenant-service's database as a superuser sees it, past row-level security: for tests that must look at every row
 * of every commune (what an erasure left, what a read wrote).
 */
public final class TenantDatabase {

    private static final String DATABASE = "tenant";

    private TenantDatabase() {}

    /**
     * The columns (as {@code table.column}) of which some row contains {@code text}, case-insensitively: every text,
     * varchar, char, json, jsonb, text[]/varchar[] and bytea (read as text) column of every table.
     */
    public static List<String> columnsContaining(String text) {
        var found = new ArrayList<String>();
        try (Connection c = connect()) {
            var columns = new ArrayList<String[]>();
            try (var ps = c.prepareStatement("""
                    select c.table_schema, c.table_name, c.column_name, c.data_type, c.udt_name
                    from information_schema.columns c
                    join information_schema.tables t
                      on t.table_schema = c.table_schema and t.table_name = c.table_name
                    where c.table_schema not in ('pg_catalog', 'information_schema')
                      and t.table_type = 'BASE TABLE'
                    order by 1, 2, 3""");
                    var rs = ps.executeQuery()) {
                while (rs.next()) {
                    columns.add(new String[] {
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)
                    });
                }
            }
            for (var column : columns) {
                String name = "\"" + column[2] + "\"";
                String asText = switch (column[3]) {
                    case "text", "character varying", "character" -> name;
                    case "json", "jsonb" -> name + "::text";
                    // escape keeps ASCII as it is (addresses and names here are ASCII) and never fails
                    case "bytea" -> "encode(" + name + ", 'escape')";
                    case "ARRAY" ->
                        column[4].equals("_text") || column[4].equals("_varchar")
                                ? "array_to_string(" + name + ", ' ')"
                                : null;
                    default -> null;
                };
                if (asText == null) {
                    continue;
                }
                String sql = "select exists (select 1 from \"" + column[0] + "\".\"" + column[1]
                        + "\" where strpos(lower(" + asText + "), lower(?)) > 0)";
                try (var ps = c.prepareStatement(sql)) {
                    ps.setString(1, text);
                    try (var rs = ps.executeQuery()) {
                        rs.next();
                        if (rs.getBoolean(1)) {
                            found.add(column[1] + "." + column[2]);
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    /**
     * Every row the commune has in the tables with a {@code commune_id} (but the outbox and the
     * consumers' bookkeeping, which the events machinery updates on its own),
     * with its row version: equal snapshots mean nothing was inserted, updated or deleted in between.
     */
    public static List<String> rowsOf(UUID commune) {
        var rows = new ArrayList<String>();
        try (Connection c = connect()) {
            var tables = new ArrayList<String>();
            try (var ps = c.prepareStatement("""
                    select c.table_name from information_schema.columns c
                    join information_schema.tables t
                      on t.table_schema = c.table_schema and t.table_name = c.table_name
                    where c.table_schema = 'public' and c.column_name = 'commune_id'
                      and c.data_type = 'uuid' and t.table_type = 'BASE TABLE'
                      and c.table_name not in ('outbox_event', 'processed_event')
                    order by 1""");
                    var rs = ps.executeQuery()) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            tables.add("commune");
            for (String table : tables) {
                String key = table.equals("commune") ? "id" : "commune_id";
                try (var ps = c.prepareStatement("select '" + table + " ' || t.xmin::text || ' ' || t::text from \""
                        + table + "\" t where " + key + " = ? order by 1")) {
                    ps.setObject(1, commune);
                    try (var rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rows.add(rs.getString(1));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    private static Connection connect() throws SQLException {
        return TestPostgres.server().superuserConnection(DATABASE);
    }
}
