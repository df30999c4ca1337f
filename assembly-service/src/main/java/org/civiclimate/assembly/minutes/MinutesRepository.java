package org.civiclimate.assembly.minutes;

import static org.civiclimate.assembly.db.Tables.SESSION_MINUTES;

import java.util.Optional;
import java.util.UUID;
import org.civiclimate.platform.tenancy.CommuneId;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The commune's minutes (row-level security keeps each commune to its own). */
@Repository
class MinutesRepository {

    private final DSLContext dsl;

    MinutesRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<Minutes> find(UUID session) {
        return dsl.selectFrom(SESSION_MINUTES)
                .where(SESSION_MINUTES.SESSION_ID.eq(session))
                .fetchOptional(r -> new Minutes(
                        r.getVersion(),
                        r.getText(),
                        Minutes.Status.valueOf(r.getStatus()),
                        r.getWrittenAt(),
                        r.getPublishedAt()));
    }

    /** The first draft; false if there is one already. */
    boolean insert(CommuneId commune, UUID session, String text, String by) {
        return dsl.insertInto(SESSION_MINUTES)
                        .set(SESSION_MINUTES.COMMUNE_ID, commune.value())
                        .set(SESSION_MINUTES.SESSION_ID, session)
                        .set(SESSION_MINUTES.VERSION, 1)
                        .set(SESSION_MINUTES.TEXT, text)
                        .set(SESSION_MINUTES.WRITTEN_BY, by)
                        .onConflictDoNothing()
                        .execute()
                == 1;
    }

    /** The next version of a draft still at {@code version}; false otherwise (edited or published meanwhile). */
    boolean update(UUID session, int version, String text, String by) {
        return dsl.update(SESSION_MINUTES)
                        .set(SESSION_MINUTES.VERSION, version + 1)
                        .set(SESSION_MINUTES.TEXT, text)
                        .set(SESSION_MINUTES.WRITTEN_BY, by)
                        .set(SESSION_MINUTES.WRITTEN_AT, DSL.currentOffsetDateTime())
                        .where(SESSION_MINUTES.SESSION_ID.eq(session))
                        .and(SESSION_MINUTES.VERSION.eq(version))
                        .and(SESSION_MINUTES.STATUS.eq(Minutes.Status.DRAFT.name()))
                        .execute()
                == 1;
    }

    void publish(UUID session, String by) {
        dsl.update(SESSION_MINUTES)
                .set(SESSION_MINUTES.STATUS, Minutes.Status.PUBLISHED.name())
                .set(SESSION_MINUTES.PUBLISHED_BY, by)
                .set(SESSION_MINUTES.PUBLISHED_AT, DSL.currentOffsetDateTime())
                .where(SESSION_MINUTES.SESSION_ID.eq(session))
                .and(SESSION_MINUTES.STATUS.eq(Minutes.Status.DRAFT.name()))
                .execute();
    }
}
