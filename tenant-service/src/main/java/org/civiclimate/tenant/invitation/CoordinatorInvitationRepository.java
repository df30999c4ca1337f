package org.civiclimate.tenant.invitation;

import static org.civiclimate.tenant.db.Tables.COORDINATOR_INVITATION;
import static org.civiclimate.tenant.db.Tables.NETWORK;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.civiclimate.tenant.db.tables.records.CoordinatorInvitationRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Invitations to coordinate a network. Not a tenant table: the service decides who reads which (the network's
 * coordinators, or the person addressed).
 */
@Repository
class CoordinatorInvitationRepository {

    private static final Condition UNANSWERED =
            COORDINATOR_INVITATION.ACCEPTED_AT.isNull().and(COORDINATOR_INVITATION.REVOKED_AT.isNull());

    private final DSLContext dsl;

    CoordinatorInvitationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Opens an invitation, or renews the open one to the same address (new inviter, new expiry): one statement, so
     * that two coordinators inviting the same person at once meet no conflict.
     */
    Opened open(
            UUID network,
            String email,
            String language,
            String invitedBy,
            OffsetDateTime invitedAt,
            OffsetDateTime mailAgainAfter,
            OffsetDateTime expiresAt) {
        // Mailed again only if the last email is older than mailAgainAfter; decided by the statement itself, so
        // that of many renewals at once only one mails.
        var mailedAt = DSL.when(
                        COORDINATOR_INVITATION
                                .MAILED_AT
                                .lt(mailAgainAfter)
                                .or(COORDINATOR_INVITATION.LANGUAGE.isDistinctFrom(language)),
                        invitedAt)
                .otherwise(COORDINATOR_INVITATION.MAILED_AT);
        var invitation = dsl.insertInto(COORDINATOR_INVITATION)
                .set(COORDINATOR_INVITATION.ID, UUID.randomUUID())
                .set(COORDINATOR_INVITATION.NETWORK_ID, network)
                .set(COORDINATOR_INVITATION.EMAIL, email)
                .set(COORDINATOR_INVITATION.LANGUAGE, language)
                .set(COORDINATOR_INVITATION.INVITED_BY, invitedBy)
                .set(COORDINATOR_INVITATION.INVITED_AT, invitedAt)
                .set(COORDINATOR_INVITATION.MAILED_AT, invitedAt)
                .set(COORDINATOR_INVITATION.EXPIRES_AT, expiresAt)
                .onConflict(COORDINATOR_INVITATION.NETWORK_ID, COORDINATOR_INVITATION.EMAIL)
                .where(UNANSWERED)
                .doUpdate()
                .set(COORDINATOR_INVITATION.LANGUAGE, language)
                .set(COORDINATOR_INVITATION.INVITED_BY, invitedBy)
                .set(COORDINATOR_INVITATION.INVITED_AT, invitedAt)
                .set(COORDINATOR_INVITATION.MAILED_AT, mailedAt)
                .set(COORDINATOR_INVITATION.EXPIRES_AT, expiresAt)
                .returning()
                .fetchSingle();
        return new Opened(toInvitation(invitation), invitation.getMailedAt().isEqual(invitedAt));
    }

    /** An invitation as opened or renewed, and whether its email goes (again). */
    record Opened(CoordinatorInvitation invitation, boolean mail) {}

    /** A coordinator invitation with its network, as read by whoever holds its link (or the notifications). */
    record Linked(CoordinatorInvitation invitation, String networkSlug, String networkName) {}

    /** The invitation with this id, with its network. */
    Optional<Linked> find(UUID id) {
        return dsl.select(COORDINATOR_INVITATION, NETWORK.SLUG, NETWORK.NAME)
                .from(COORDINATOR_INVITATION)
                .join(NETWORK)
                .on(NETWORK.ID.eq(COORDINATOR_INVITATION.NETWORK_ID))
                .where(COORDINATOR_INVITATION.ID.eq(id))
                .fetchOptional(r -> new Linked(toInvitation(r.value1()), r.value2(), r.value3()));
    }

    /** The network's invitations still waiting for an answer, newest first. */
    List<CoordinatorInvitation> waiting(UUID network, OffsetDateTime now) {
        return dsl.selectFrom(COORDINATOR_INVITATION)
                .where(COORDINATOR_INVITATION.NETWORK_ID.eq(network))
                .and(UNANSWERED)
                .and(COORDINATOR_INVITATION.EXPIRES_AT.gt(now))
                .orderBy(COORDINATOR_INVITATION.INVITED_AT.desc(), COORDINATOR_INVITATION.ID)
                .fetch(CoordinatorInvitationRepository::toInvitation);
    }

    /** The network's invitation, held until the transaction ends (a revocation and an acceptance take turns). */
    Optional<CoordinatorInvitation> lockOfNetwork(UUID network, UUID id) {
        return lock(COORDINATOR_INVITATION.NETWORK_ID.eq(network), id);
    }

    /** The invitation if it is addressed to {@code email}, held until the transaction ends. */
    Optional<CoordinatorInvitation> lockAddressedTo(String email, UUID id) {
        return lock(COORDINATOR_INVITATION.EMAIL.eq(email), id);
    }

    private Optional<CoordinatorInvitation> lock(Condition whose, UUID id) {
        return dsl.selectFrom(COORDINATOR_INVITATION)
                .where(COORDINATOR_INVITATION.ID.eq(id))
                .and(whose)
                .forUpdate()
                .fetchOptional(CoordinatorInvitationRepository::toInvitation);
    }

    void accepted(UUID id, String userId, OffsetDateTime at) {
        dsl.update(COORDINATOR_INVITATION)
                .set(COORDINATOR_INVITATION.ACCEPTED_AT, at)
                .set(COORDINATOR_INVITATION.ACCEPTED_BY, userId)
                .where(COORDINATOR_INVITATION.ID.eq(id))
                .execute();
    }

    void revoked(UUID id, OffsetDateTime at) {
        dsl.update(COORDINATOR_INVITATION)
                .set(COORDINATOR_INVITATION.REVOKED_AT, at)
                .where(COORDINATOR_INVITATION.ID.eq(id))
                .execute();
    }

    /** The open invitations addressed to {@code email}, with their network, oldest first. */
    List<MyInvitation.ToCoordinate> openFor(String email, OffsetDateTime now) {
        return dsl.select(COORDINATOR_INVITATION.ID, NETWORK.SLUG, NETWORK.NAME, COORDINATOR_INVITATION.EXPIRES_AT)
                .from(COORDINATOR_INVITATION)
                .join(NETWORK)
                .on(NETWORK.ID.eq(COORDINATOR_INVITATION.NETWORK_ID))
                .where(COORDINATOR_INVITATION.EMAIL.eq(email))
                .and(UNANSWERED)
                .and(COORDINATOR_INVITATION.EXPIRES_AT.gt(now))
                .orderBy(COORDINATOR_INVITATION.INVITED_AT)
                .fetch(r -> new MyInvitation.ToCoordinate(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /**
     * Replaces the address of every invitation to {@code email} by one that names only the invitation (lower-case,
     * unique, never deliverable), and withdraws those still open; the number changed.
     */
    int anonymise(String email, OffsetDateTime now) {
        return dsl.update(COORDINATOR_INVITATION)
                .set(COORDINATOR_INVITATION.EMAIL, InvitationRepository.erasedAddress(COORDINATOR_INVITATION.ID))
                .set(
                        COORDINATOR_INVITATION.REVOKED_AT,
                        DSL.when(UNANSWERED, DSL.val(now)).else_(COORDINATOR_INVITATION.REVOKED_AT))
                .where(COORDINATOR_INVITATION.EMAIL.eq(email))
                .execute();
    }

    private static CoordinatorInvitation toInvitation(CoordinatorInvitationRecord r) {
        return new CoordinatorInvitation(
                r.getId(),
                r.getNetworkId(),
                r.getEmail(),
                r.getInvitedBy(),
                r.getInvitedAt(),
                r.getExpiresAt(),
                r.getAcceptedAt(),
                r.getRevokedAt(),
                r.getLanguage());
    }
}
