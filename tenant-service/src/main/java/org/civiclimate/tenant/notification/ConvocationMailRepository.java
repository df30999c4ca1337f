package org.civiclimate.tenant.notification;

import static org.civiclimate.tenant.db.Tables.CONVOCATION_MAIL;

import java.util.UUID;
import org.civiclimate.platform.tenancy.CommuneId;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Who was mailed their convocation to which session. Row-level security scopes it to the bound commune. */
@Repository
class ConvocationMailRepository {

    private final DSLContext dsl;

    ConvocationMailRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Records the person as mailed for the session; false if they already were. A concurrent record of the same person
     * waits for this transaction, then finds it.
     */
    boolean record(CommuneId commune, UUID session, String userId) {
        return dsl.insertInto(CONVOCATION_MAIL)
                        .set(CONVOCATION_MAIL.COMMUNE_ID, commune.value())
                        .set(CONVOCATION_MAIL.SESSION_ID, session)
                        .set(CONVOCATION_MAIL.USER_ID, userId)
                        .onConflictDoNothing()
                        .execute()
                > 0;
    }
}
