package org.civiclimate.tenant.privacy;

import static org.civiclimate.tenant.db.Tables.AUDIT_ENTRY;
import static org.civiclimate.tenant.db.Tables.COMMUNE;
import static org.civiclimate.tenant.db.Tables.CONVOCATION_MAIL;
import static org.civiclimate.tenant.db.Tables.ERASED_ACCOUNT;
import static org.civiclimate.tenant.db.Tables.INBOX_NOTICE;
import static org.civiclimate.tenant.db.Tables.MEMBERSHIP;
import static org.civiclimate.tenant.db.Tables.NETWORK_COORDINATOR;
import static org.civiclimate.tenant.db.Tables.PERSON;
import static org.civiclimate.tenant.db.Tables.RECOMMENDATION_MAIL;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.civiclimate.tenant.roles.PersonLock;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * What the platform holds about the acting user, across communes: policies let a user read their own memberships and
 * their own audited actions everywhere, and nothing else of other communes.
 */
@Repository
class PersonalDataRepository {

    /** The person as last signed in: their address, name, language (if their token stated one) and when. */
    record Profile(
            String userId,
            String email,
            String name,
            @Nullable String language,
            OffsetDateTime seenAt) {}

    record Membership(
            UUID communeId, String communeSlug, String communeName, List<String> roles, OffsetDateTime since) {}

    record Action(String communeSlug, OffsetDateTime at, String action, String detail) {}

    private final DSLContext dsl;

    PersonalDataRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<Profile> profile(String userId) {
        return dsl.selectFrom(PERSON)
                .where(PERSON.USER_ID.eq(userId))
                .fetchOptional(
                        r -> new Profile(r.getUserId(), r.getEmail(), r.getName(), r.getLanguage(), r.getSeenAt()));
    }

    List<Membership> memberships(String userId) {
        return dsl.select(
                        COMMUNE.ID,
                        COMMUNE.SLUG,
                        COMMUNE.NAME,
                        DSL.arrayAgg(MEMBERSHIP.ROLE).orderBy(MEMBERSHIP.ROLE),
                        DSL.min(MEMBERSHIP.GRANTED_AT))
                .from(MEMBERSHIP)
                .join(COMMUNE)
                .on(COMMUNE.ID.eq(MEMBERSHIP.COMMUNE_ID))
                .where(MEMBERSHIP.USER_ID.eq(userId))
                .groupBy(COMMUNE.ID, COMMUNE.SLUG, COMMUNE.NAME)
                .orderBy(COMMUNE.SLUG)
                .fetch(r -> new Membership(r.value1(), r.value2(), r.value3(), List.of(r.value4()), r.value5()));
    }

    List<Action> actions(String userId) {
        return dsl.select(COMMUNE.SLUG, AUDIT_ENTRY.AT, AUDIT_ENTRY.ACTION, AUDIT_ENTRY.DETAIL)
                .from(AUDIT_ENTRY)
                .join(COMMUNE)
                .on(COMMUNE.ID.eq(AUDIT_ENTRY.COMMUNE_ID))
                .where(AUDIT_ENTRY.ACTOR_ID.eq(userId))
                .orderBy(AUDIT_ENTRY.AT, AUDIT_ENTRY.ID)
                .fetch(r -> new Action(
                        r.value1(), r.value2(), r.value3(), r.value4().data()));
    }

    /**
     * The profile goes, the person's coordinator roles (a network they alone coordinated is left to the operators, who
     * may appoint its coordinators), their notifications and the records of what they were mailed, in every commune
     * (policies let the acting user delete their own); the id is kept as erased, under the {@link PersonLock}.
     */
    void erase(String userId) {
        PersonLock.hold(dsl, userId);
        dsl.deleteFrom(INBOX_NOTICE).where(INBOX_NOTICE.USER_ID.eq(userId)).execute();
        dsl.deleteFrom(CONVOCATION_MAIL)
                .where(CONVOCATION_MAIL.USER_ID.eq(userId))
                .execute();
        dsl.deleteFrom(RECOMMENDATION_MAIL)
                .where(RECOMMENDATION_MAIL.USER_ID.eq(userId))
                .execute();
        dsl.deleteFrom(NETWORK_COORDINATOR)
                .where(NETWORK_COORDINATOR.USER_ID.eq(userId))
                .execute();
        dsl.deleteFrom(PERSON).where(PERSON.USER_ID.eq(userId)).execute();
        dsl.insertInto(ERASED_ACCOUNT)
                .set(ERASED_ACCOUNT.USER_ID, userId)
                .onConflictDoNothing()
                .execute();
    }
}
