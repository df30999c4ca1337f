package org.civiclimate.tenant.roles;

import static org.civiclimate.tenant.db.Tables.COMMUNE;
import static org.civiclimate.tenant.db.Tables.ERASED_ACCOUNT;
import static org.civiclimate.tenant.db.Tables.MEMBERSHIP;
import static org.civiclimate.tenant.db.Tables.PERSON;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.civiclimate.platform.tenancy.CommuneId;
import org.civiclimate.platform.web.SearchText;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record5;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Memberships and people. Row-level security scopes memberships to the bound commune. */
@Repository
class RoleRepository {

    /**
     * The communes whose admins hold their powers: active ones, and suspended ones (read-only anyway). The statuses
     * of the commune feature's {@code CommuneStatus.administered()}, named here because the register depends on
     * roles, not the other way round.
     */
    private static final Condition ADMINISTERED = COMMUNE.STATUS.in("ACTIVE", "SUSPENDED");

    private final DSLContext dsl;

    RoleRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    boolean grant(CommuneId commune, String userId, CommuneRole role) {
        return dsl.insertInto(MEMBERSHIP)
                        .set(MEMBERSHIP.COMMUNE_ID, commune.value())
                        .set(MEMBERSHIP.USER_ID, userId)
                        .set(MEMBERSHIP.ROLE, role.name())
                        .onConflictDoNothing()
                        .execute()
                > 0;
    }

    boolean revoke(CommuneId commune, String userId, CommuneRole role) {
        return dsl.deleteFrom(MEMBERSHIP)
                        .where(MEMBERSHIP.COMMUNE_ID.eq(commune.value()))
                        .and(MEMBERSHIP.USER_ID.eq(userId))
                        .and(MEMBERSHIP.ROLE.eq(role.name()))
                        .execute()
                > 0;
    }

    int revokeAll(CommuneId commune, String userId) {
        return dsl.deleteFrom(MEMBERSHIP)
                .where(MEMBERSHIP.COMMUNE_ID.eq(commune.value()))
                .and(MEMBERSHIP.USER_ID.eq(userId))
                .execute();
    }

    List<CommuneRole> rolesOf(CommuneId commune, String userId) {
        return dsl.select(MEMBERSHIP.ROLE)
                .from(MEMBERSHIP)
                .where(MEMBERSHIP.COMMUNE_ID.eq(commune.value()))
                .and(MEMBERSHIP.USER_ID.eq(userId))
                .orderBy(MEMBERSHIP.ROLE)
                .fetch(r -> CommuneRole.valueOf(r.value1()));
    }

    /** Whether the user is an admin of a commune that has been set up (a request under way gives no power). */
    boolean isAdminAnywhere(String userId) {
        return dsl.fetchExists(dsl.selectOne()
                .from(MEMBERSHIP)
                .join(COMMUNE)
                .on(COMMUNE.ID.eq(MEMBERSHIP.COMMUNE_ID))
                .where(MEMBERSHIP.USER_ID.eq(userId))
                .and(MEMBERSHIP.ROLE.eq(CommuneRole.ADMIN.name()))
                .and(ADMINISTERED));
    }

    /** Whether the user is an admin of the commune, and the commune has been set up. */
    boolean administers(CommuneId commune, String userId) {
        return dsl.fetchExists(dsl.selectOne()
                .from(MEMBERSHIP)
                .join(COMMUNE)
                .on(COMMUNE.ID.eq(MEMBERSHIP.COMMUNE_ID))
                .where(MEMBERSHIP.COMMUNE_ID.eq(commune.value()))
                .and(MEMBERSHIP.USER_ID.eq(userId))
                .and(MEMBERSHIP.ROLE.eq(CommuneRole.ADMIN.name()))
                .and(ADMINISTERED));
    }

    int countAdmins(CommuneId commune) {
        return dsl.fetchCount(
                MEMBERSHIP, MEMBERSHIP.COMMUNE_ID.eq(commune.value()), MEMBERSHIP.ROLE.eq(CommuneRole.ADMIN.name()));
    }

    /**
     * Holds the person's roles in the commune until the transaction ends: a concurrent change waits, then reads (and
     * announces) the roles this one committed, and its announcement comes after this one's in the outbox.
     */
    void lockMember(CommuneId commune, String userId) {
        dsl.fetch("select pg_advisory_xact_lock(hashtextextended(?, 0))", "member:" + commune + ":" + userId);
    }

    /** Locks the commune's admin rows, so that two admins stepping down at once cannot leave it with none. */
    int lockAdmins(CommuneId commune) {
        return dsl.selectFrom(MEMBERSHIP)
                .where(MEMBERSHIP.COMMUNE_ID.eq(commune.value()))
                .and(MEMBERSHIP.ROLE.eq(CommuneRole.ADMIN.name()))
                // Always in the same order, so that two transactions locking them cannot deadlock.
                .orderBy(MEMBERSHIP.USER_ID)
                .forUpdate()
                .fetch()
                .size();
    }

    /** Whether the account was deleted, holding the person until the transaction ends. */
    boolean isErased(String userId) {
        PersonLock.hold(dsl, userId);
        return dsl.fetchExists(ERASED_ACCOUNT, ERASED_ACCOUNT.USER_ID.eq(userId));
    }

    /**
     * Keeps the person's name and email, and their language unless none is given (the one known stays); false, keeping
     * nothing, for an account that was deleted.
     */
    boolean rememberPerson(String userId, @Nullable String email, @Nullable String name, @Nullable String language) {
        if (isErased(userId)) {
            return false;
        }
        dsl.insertInto(PERSON)
                .set(PERSON.USER_ID, userId)
                .set(PERSON.EMAIL, email)
                .set(PERSON.NAME, name)
                .set(PERSON.LANGUAGE, language)
                .onConflict(PERSON.USER_ID)
                .doUpdate()
                .set(PERSON.EMAIL, email)
                .set(PERSON.NAME, name)
                .set(PERSON.LANGUAGE, DSL.coalesce(DSL.val(language, PERSON.LANGUAGE), PERSON.LANGUAGE))
                .set(PERSON.SEEN_AT, DSL.currentOffsetDateTime())
                .execute();
        return true;
    }

    List<String> emailsOf(CommuneId commune, CommuneRole role) {
        return dsl.select(PERSON.EMAIL)
                .from(MEMBERSHIP)
                .join(PERSON)
                .on(PERSON.USER_ID.eq(MEMBERSHIP.USER_ID))
                .where(MEMBERSHIP.COMMUNE_ID.eq(commune.value()))
                .and(MEMBERSHIP.ROLE.eq(role.name()))
                .and(PERSON.EMAIL.isNotNull())
                .orderBy(PERSON.EMAIL)
                .fetch(PERSON.EMAIL);
    }

    /** Those of the users who are in the commune (any role) and whose address is known, by user id. */
    List<Contact> contactsOf(CommuneId commune, Collection<String> userIds) {
        return contacts(PERSON.USER_ID
                .in(userIds)
                .andExists(dsl.selectOne()
                        .from(MEMBERSHIP)
                        .where(MEMBERSHIP.COMMUNE_ID.eq(commune.value()))
                        .and(MEMBERSHIP.USER_ID.eq(PERSON.USER_ID))));
    }

    /** Those of the users whose address is known, in the commune or not, by user id. */
    List<Contact> contactsOfAnyone(Collection<String> userIds) {
        return contacts(PERSON.USER_ID.in(userIds));
    }

    /** The commune's people who hold any of the roles and whose address is known, by user id. */
    List<Contact> contactsWith(CommuneId commune, Collection<CommuneRole> roles) {
        return contacts(DSL.exists(dsl.selectOne()
                .from(MEMBERSHIP)
                .where(MEMBERSHIP.COMMUNE_ID.eq(commune.value()))
                .and(MEMBERSHIP.USER_ID.eq(PERSON.USER_ID))
                .and(MEMBERSHIP.ROLE.in(roles.stream().map(CommuneRole::name).toList()))));
    }

    private List<Contact> contacts(Condition whom) {
        return dsl.select(PERSON.USER_ID, PERSON.EMAIL, PERSON.LANGUAGE)
                .from(PERSON)
                .where(whom)
                .and(PERSON.EMAIL.isNotNull())
                .orderBy(PERSON.USER_ID)
                .fetch(r -> new Contact(r.value1(), r.value2(), r.value3()));
    }

    java.util.Optional<String> emailOf(String userId) {
        return dsl.select(PERSON.EMAIL)
                .from(PERSON)
                .where(PERSON.USER_ID.eq(userId))
                .and(PERSON.EMAIL.isNotNull())
                .fetchOptional(PERSON.EMAIL);
    }

    List<Member> members(CommuneId commune, @Nullable String search, int page, int size) {
        return membersQuery(commune, search)
                .orderBy(DSL.lower(DSL.coalesce(PERSON.NAME, PERSON.EMAIL, MEMBERSHIP.USER_ID)), MEMBERSHIP.USER_ID)
                .limit(size)
                .offset((long) page * size)
                .fetch(RoleRepository::toMember);
    }

    int countMembers(CommuneId commune, @Nullable String search) {
        return dsl.fetchCount(membersQuery(commune, search));
    }

    @Nullable
    Member member(CommuneId commune, String userId) {
        return membersQuery(commune, null)
                .having(MEMBERSHIP.USER_ID.eq(userId))
                .fetchOptional(RoleRepository::toMember)
                .orElse(null);
    }

    private org.jooq.SelectHavingStep<Record5<String, String, String, String[], java.time.OffsetDateTime>> membersQuery(
            CommuneId commune, @Nullable String search) {
        return dsl.select(
                        MEMBERSHIP.USER_ID,
                        PERSON.EMAIL,
                        PERSON.NAME,
                        DSL.arrayAgg(MEMBERSHIP.ROLE).orderBy(MEMBERSHIP.ROLE),
                        DSL.min(MEMBERSHIP.GRANTED_AT))
                .from(MEMBERSHIP)
                .leftJoin(PERSON)
                .on(PERSON.USER_ID.eq(MEMBERSHIP.USER_ID))
                .where(MEMBERSHIP.COMMUNE_ID.eq(commune.value()))
                .and(matching(search))
                .groupBy(MEMBERSHIP.USER_ID, PERSON.EMAIL, PERSON.NAME);
    }

    private static Condition matching(@Nullable String search) {
        if (search == null || search.isBlank()) {
            return DSL.noCondition();
        }
        String pattern = SearchText.containing(search.strip());
        return PERSON.NAME
                .likeIgnoreCase(pattern, SearchText.ESCAPE)
                .or(PERSON.EMAIL.likeIgnoreCase(pattern, SearchText.ESCAPE));
    }

    private static Member toMember(Record5<String, String, String, String[], java.time.OffsetDateTime> r) {
        return new Member(
                r.value1(),
                r.value2(),
                r.value3(),
                Arrays.stream(r.value4()).map(CommuneRole::valueOf).toList(),
                r.value5());
    }
}
