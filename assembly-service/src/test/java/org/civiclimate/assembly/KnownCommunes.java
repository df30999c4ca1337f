package org.civiclimate.assembly;

import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/** Tests' communes and members as tenant-service would have announced them to this service's directory. */
public final class KnownCommunes {

    private KnownCommunes() {}

    /** Records a Belgian commune and its people, each {@code {userId, role}}. */
    public static void know(DataSource dataSource, UUID id, String slug, List<String[]> members) throws SQLException {
        try (var connection = dataSource.getConnection();
                var bind = connection.prepareStatement("select set_config('app.commune_id', ?, true)");
                var insert = connection.prepareStatement(
                        "insert into known_commune (id, slug, name, country, languages) values (?, ?, ?, 'BE', '{de}')");
                var member = connection.prepareStatement(
                        "insert into known_member (commune_id, user_id, roles) values (?, ?, ?)")) {
            connection.setAutoCommit(false);
            bind.setString(1, id.toString());
            bind.execute();
            insert.setObject(1, id);
            insert.setString(2, slug);
            insert.setString(3, "Commune " + slug);
            insert.executeUpdate();
            for (var m : members) {
                member.setObject(1, id);
                member.setString(2, m[0]);
                member.setArray(3, connection.createArrayOf("text", new String[] {m[1]}));
                member.executeUpdate();
            }
            connection.commit();
        }
    }
}
