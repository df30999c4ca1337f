package org.civiclimate.tenant.notification;

import static org.civiclimate.tenant.db.Tables.CONVOCATION_MAIL;
import static org.civiclimate.tenant.db.Tables.RECOMMENDATION_MAIL;
import static org.civiclimate.tenant.db.Tables.SEAT_OFFER_MAIL;

import java.util.UUID;
import org.civiclimate.platform.tenancy.CommuneId;
import org.jooq.DSLContext;
import org.jooq.InsertOnDuplicateStep;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/**
 * Who was mailed which notice: their convocation to a session or a change of it ({@code convocation_mail}), a notice about a
 * recommendation ({@code recommendation_mail}), a seat offered to a drawn volunteer ({@code seat_offer_mail}). Row-level security scopes both to the bound commune.
 */
@Repository
class NoticeMailRepository {

    private final DSLContext dsl;

    NoticeMailRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Records the person as mailed the notice; false if they already were. A concurrent record of the same person and
     * notice waits for this transaction, then finds it.
     */
    boolean record(CommuneId commune, Notice notice, String userId) {
        InsertOnDuplicateStep<? extends Record> insert = switch (notice) {
            case Notice.Convocation(var session) ->
                dsl.insertInto(CONVOCATION_MAIL)
                        .set(CONVOCATION_MAIL.COMMUNE_ID, commune.value())
                        .set(CONVOCATION_MAIL.SESSION_ID, session)
                        .set(CONVOCATION_MAIL.NOTICE_KEY, "convocation")
                        .set(CONVOCATION_MAIL.USER_ID, userId);
            case Notice.SessionChange(var session, var change, var _) ->
                dsl.insertInto(CONVOCATION_MAIL)
                        .set(CONVOCATION_MAIL.COMMUNE_ID, commune.value())
                        .set(CONVOCATION_MAIL.SESSION_ID, session)
                        .set(CONVOCATION_MAIL.NOTICE_KEY, change.toString())
                        .set(CONVOCATION_MAIL.USER_ID, userId);
            case Notice.AboutRecommendation(var recommendation, var kind, var key) ->
                dsl.insertInto(RECOMMENDATION_MAIL)
                        .set(RECOMMENDATION_MAIL.COMMUNE_ID, commune.value())
                        .set(RECOMMENDATION_MAIL.RECOMMENDATION_ID, recommendation)
                        .set(RECOMMENDATION_MAIL.NOTICE, kind.name())
                        .set(RECOMMENDATION_MAIL.NOTICE_KEY, key)
                        .set(RECOMMENDATION_MAIL.USER_ID, userId);
        };
        return insert.onConflictDoNothing().execute() > 0;
    }

    /** Records the seat offer as mailed; false if it already was. */
    boolean recordSeatOffer(CommuneId commune, UUID offer) {
        return dsl.insertInto(SEAT_OFFER_MAIL)
                        .set(SEAT_OFFER_MAIL.COMMUNE_ID, commune.value())
                        .set(SEAT_OFFER_MAIL.OFFER_ID, offer)
                        .onConflictDoNothing()
                        .execute()
                > 0;
    }
}
