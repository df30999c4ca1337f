package org.civiclimate.platform.tenancy;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Opens every transaction with the current commune as PostgreSQL's transaction-local {@code app.commune_id} (and the
 * acting user as {@code app.user_id}), in one statement. Being
 * transaction-local, the setting ends with the commit or rollback, so a pooled connection never carries it over.
 * jOOQ joins these transactions through Boot's {@code SpringTransactionProvider}.
 */
public class CommuneTransactionManager extends JdbcTransactionManager {

    /** The PostgreSQL setting the row-level security policies read (see {@code current_commune_id()}). */
    public static final String SETTING = "app.commune_id";

    /** The PostgreSQL setting naming the acting user (see {@code current_user_id()}). */
    public static final String USER_SETTING = "app.user_id";

    public static final String EMAIL_SETTING = "app.user_email";

    private final CurrentUser currentUser;

    public CommuneTransactionManager(DataSource dataSource) {
        this(dataSource, CurrentUser.NONE);
    }

    public CommuneTransactionManager(DataSource dataSource, CurrentUser currentUser) {
        super(dataSource);
        this.currentUser = currentUser;
    }

    @Override
    protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
            throws SQLException {
        super.prepareTransactionalConnection(connection, definition);
        // Always set, also to '' when no commune is bound, so nothing set earlier on this session can apply.
        String commune = CommuneContext.current().map(CommuneId::toString).orElse("");
        String user = currentUser.id().orElse("");
        String email = currentUser.verifiedEmail().orElse("");
        try (var statement = connection.prepareStatement("select set_config('" + SETTING + "', ?, true), set_config('"
                + USER_SETTING + "', ?, true), set_config('" + EMAIL_SETTING + "', ?, true)")) {
            statement.setString(1, commune);
            statement.setString(2, user);
            statement.setString(3, email);
            statement.execute();
        }
    }
}
