package org.civiclimate.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.table;

import java.sql.DriverManager;
import java.util.UUID;
import javax.sql.DataSource;
import org.civiclimate.platform.infrastructure.DatabaseAccess;
import org.civiclimate.platform.test.RealInfrastructure;
import org.civiclimate.platform.test.TestPostgres;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.support.TransactionTemplate;

/** Row-level security against a real PostgreSQL, through the very transaction manager and roles services use. */
@SpringBootTest
@RealInfrastructure(database = "tenancy_test", kafka = false)
class RowLevelSecurityIT {

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    DSLContext dsl;

    @Autowired
    DataSource dataSource;

    private final CommuneId uccle = new CommuneId(UUID.randomUUID());
    private final CommuneId namur = new CommuneId(UUID.randomUUID());

    @BeforeEach
    void eachCommuneHasANote() {
        insertNote(uccle, "uccle's note");
        insertNote(namur, "namur's note");
    }

    @Test
    void aQueryWithNoCommuneFilterReturnsOnlyTheCurrentCommunesRows() {
        var bodies = CommuneContext.callAs(
                uccle,
                () -> transactions.execute(_ -> dsl.select(field("body", String.class))
                        .from(table("note"))
                        .fetch(field("body", String.class))));

        assertThat(bodies).contains("uccle's note").doesNotContain("namur's note");
        Integer others = CommuneContext.callAs(
                uccle,
                () -> transactions.execute(
                        _ -> dsl.fetchCount(table("note"), field("commune_id").ne(uccle.value()))));
        assertThat(others).isZero();
    }

    @Test
    void insertingARowOfAnotherCommuneIsRefusedByTheDatabase() {
        assertThatThrownBy(() -> CommuneContext.runAs(
                        uccle,
                        () -> transactions.executeWithoutResult(_ -> dsl.insertInto(table("note"))
                                .columns(field("commune_id"), field("id"), field("body"))
                                .values(namur.value(), UUID.randomUUID(), "smuggled")
                                .execute())))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("row-level security");
    }

    @Test
    void movingARowToAnotherCommuneIsRefusedByTheDatabase() {
        assertThatThrownBy(() -> CommuneContext.runAs(
                        uccle,
                        () -> transactions.executeWithoutResult(_ -> dsl.update(table("note"))
                                .set(field("commune_id"), namur.value())
                                .execute())))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("row-level security");
    }

    @Test
    void anotherCommunesRowsCannotBeUpdatedOrDeleted() {
        Integer touched = CommuneContext.callAs(
                uccle,
                () -> transactions.execute(_ -> dsl.update(table("note"))
                                .set(field("body"), "overwritten")
                                .where(field("commune_id").eq(namur.value()))
                                .execute()
                        + dsl.deleteFrom(table("note"))
                                .where(field("commune_id").eq(namur.value()))
                                .execute()));

        assertThat(touched).isZero();
        assertThat(bodiesOf(namur)).contains("namur's note");
    }

    @Test
    void withNoCommuneSetATenantTableReturnsNothing() {
        Integer inTransaction = transactions.execute(_ -> dsl.fetchCount(table("note")));
        assertThat(inTransaction).isZero();
        // Outside any transaction too (autocommit): nothing applies the commune, so nothing is visible.
        assertThat(dsl.fetchCount(table("note"))).isZero();
    }

    @Test
    void jooqTransactionsApplyTheCommuneToo() {
        var bodies = CommuneContext.callAs(
                namur,
                () -> dsl.transactionResult(tx -> tx.dsl()
                        .select(field("body", String.class))
                        .from(table("note"))
                        .fetch(field("body", String.class))));

        assertThat(bodies).contains("namur's note").doesNotContain("uccle's note");
    }

    @Test
    void aConnectionReturnedToThePoolCarriesNoCommune() throws Exception {
        CommuneContext.runAs(uccle, () -> transactions.executeWithoutResult(_ -> dsl.fetchCount(table("note"))));

        // The pool has one connection: this is the one the transaction above used.
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var rs = statement.executeQuery(
                        "select coalesce(current_setting('app.commune_id', true), ''), (select count(*) from note)")) {
            rs.next();
            assertThat(rs.getString(1)).isEmpty();
            assertThat(rs.getInt(2)).isZero();
        }
    }

    @Test
    void theApplicationRoleCannotSwitchRowLevelSecurityOff() {
        assertThatThrownBy(() -> transactions.executeWithoutResult(
                        _ -> dsl.execute("alter table note disable row level security")))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("must be owner");
        assertThatThrownBy(() -> transactions.executeWithoutResult(_ -> {
                    dsl.execute("set local row_security = off");
                    dsl.fetchCount(table("note"));
                }))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("row-level security");
    }

    @Test
    void evenTheOwnerRoleSeesNoRowsWithoutACommune() throws Exception {
        DatabaseAccess access = TestPostgres.database("tenancy_test");
        try (var owner = DriverManager.getConnection(access.jdbcUrl(), access.ownerUser(), access.ownerPassword());
                var rs = owner.createStatement().executeQuery("select count(*) from note")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }

    private void insertNote(CommuneId commune, String body) {
        CommuneContext.runAs(
                commune,
                () -> transactions.executeWithoutResult(_ -> dsl.insertInto(table("note"))
                        .columns(field("commune_id"), field("id"), field("body"))
                        .values(commune.value(), UUID.randomUUID(), body)
                        .execute()));
    }

    private java.util.List<String> bodiesOf(CommuneId commune) {
        return CommuneContext.callAs(
                commune,
                () -> transactions.execute(_ -> dsl.select(field("body", String.class))
                        .from(table("note"))
                        .fetch(field("body", String.class))));
    }

    @Test
    void theActingUserIsSetForTheTransactionAndGoneAfter() throws Exception {
        ACTING.set("user-42");
        try {
            Object inTransaction = transactions.execute(_ -> dsl.fetchValue("select current_user_id()"));
            assertThat(inTransaction).isEqualTo("user-42");
        } finally {
            ACTING.remove();
        }
        try (var connection = dataSource.getConnection();
                var rs = connection.createStatement().executeQuery("select current_user_id()")) {
            rs.next();
            assertThat(rs.getString(1)).isNull();
        }
    }

    /** The user the test acts as, standing in for the caller of a request. */
    static final ThreadLocal<String> ACTING = new ThreadLocal<>();

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class TestApplication {

        @org.springframework.context.annotation.Bean
        CurrentUser currentUser() {
            return () -> java.util.Optional.ofNullable(ACTING.get());
        }
    }
}
