package org.civiclimate.tenant.notification;

import static org.civiclimate.tenant.db.Tables.COMMUNE;
import static org.civiclimate.tenant.db.Tables.INBOX_NOTICE;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.civiclimate.platform.tenancy.CommuneId;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * The notifications people find in the app ({@code inbox_notice}). Written with the commune bound; read, marked read
 * and deleted by their person across communes (a policy lets the acting user reach their own rows).
 */
@Repository
class InboxRepository {

    private final DSLContext dsl;

    InboxRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** One notification per person, in one statement; those who already have it keep theirs (and its reading). */
    void deliver(CommuneId commune, Notice notice, Collection<Delivery> deliveries) {
        if (deliveries.isEmpty()) {
            return;
        }
        var key = InboxKey.of(notice);
        var insert = dsl.insertInto(
                INBOX_NOTICE,
                INBOX_NOTICE.ID,
                INBOX_NOTICE.COMMUNE_ID,
                INBOX_NOTICE.USER_ID,
                INBOX_NOTICE.KIND,
                INBOX_NOTICE.SUBJECT_ID,
                INBOX_NOTICE.NOTICE_KEY,
                INBOX_NOTICE.TITLE,
                INBOX_NOTICE.DETAIL,
                INBOX_NOTICE.LINK);
        for (var d : deliveries) {
            insert = insert.values(
                    UUID.randomUUID(),
                    commune.value(),
                    d.userId(),
                    key.kind(),
                    key.subject(),
                    key.key(),
                    d.title(),
                    d.detail(),
                    d.link());
        }
        insert.onConflictDoNothing().execute();
    }

    List<InboxNotice> page(String userId, boolean unreadOnly, int page, int size) {
        return dsl.select(
                        INBOX_NOTICE.ID,
                        INBOX_NOTICE.KIND,
                        INBOX_NOTICE.SUBJECT_ID,
                        INBOX_NOTICE.TITLE,
                        INBOX_NOTICE.DETAIL,
                        INBOX_NOTICE.LINK,
                        COMMUNE.SLUG,
                        COMMUNE.NAME,
                        INBOX_NOTICE.CREATED_AT,
                        INBOX_NOTICE.READ_AT)
                .from(INBOX_NOTICE)
                .join(COMMUNE)
                .on(COMMUNE.ID.eq(INBOX_NOTICE.COMMUNE_ID))
                .where(mine(userId, unreadOnly))
                .orderBy(INBOX_NOTICE.CREATED_AT.desc(), INBOX_NOTICE.ID)
                .limit(size)
                .offset((long) page * size)
                .fetch(r -> new InboxNotice(
                        r.value1(),
                        r.value2(),
                        r.value3(),
                        r.value4(),
                        r.value5(),
                        r.value6(),
                        r.value7(),
                        r.value8(),
                        r.value9(),
                        r.value10()));
    }

    /** How many of the person's notifications there are, and how many of them are unread, in one query. */
    long[] counts(String userId) {
        var r = dsl.select(DSL.count(), DSL.count().filterWhere(INBOX_NOTICE.READ_AT.isNull()))
                .from(INBOX_NOTICE)
                .where(INBOX_NOTICE.USER_ID.eq(userId))
                .fetchSingle();
        return new long[] {r.value1(), r.value2()};
    }

    /** Marks the person's notification read; false if they have none with that id. */
    boolean markRead(String userId, UUID id) {
        return dsl.update(INBOX_NOTICE)
                        .set(INBOX_NOTICE.READ_AT, DSL.coalesce(INBOX_NOTICE.READ_AT, DSL.currentOffsetDateTime()))
                        .where(INBOX_NOTICE.USER_ID.eq(userId), INBOX_NOTICE.ID.eq(id))
                        .execute()
                == 1;
    }

    int markAllRead(String userId) {
        return dsl.update(INBOX_NOTICE)
                .set(INBOX_NOTICE.READ_AT, DSL.currentOffsetDateTime())
                .where(INBOX_NOTICE.USER_ID.eq(userId), INBOX_NOTICE.READ_AT.isNull())
                .execute();
    }

    private static Condition mine(String userId, boolean unreadOnly) {
        var mine = INBOX_NOTICE.USER_ID.eq(userId);
        return unreadOnly ? mine.and(INBOX_NOTICE.READ_AT.isNull()) : mine;
    }

    /** Who gets a notification, and what it says of its subject. */
    record Delivery(
            String userId,
            String title,
            @org.jspecify.annotations.Nullable String detail,
            String link) {}

    /** Where a notice is kept among a person's notifications: its kind, its subject, and its key among those. */
    private record InboxKey(String kind, UUID subject, String key) {
        static InboxKey of(Notice notice) {
            return switch (notice) {
                case Notice.Convocation(var session) -> new InboxKey("CONVOCATION", session, "convocation");
                case Notice.SessionChange(var session, var change, var cancelled) ->
                    new InboxKey(cancelled ? "SESSION_CANCELLED" : "SESSION_CHANGED", session, change.toString());
                case Notice.AboutRecommendation(var recommendation, var kind, var key) ->
                    new InboxKey(kind.name(), recommendation, key);
            };
        }
    }
}
