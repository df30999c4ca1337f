package org.civiclimate.tenant.invitation;

import static org.civiclimate.tenant.db.Tables.COMMUNE;
import static org.civiclimate.tenant.db.Tables.STAFF_INVITATION;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.civiclimate.platform.tenancy.CommuneId;
import org.civiclimate.tenant.db.tables.records.StaffInvitationRecord;
import org.civiclimate.tenant.roles.CommuneRole;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Staff invitations. Row-level security shows a commune's own, and the acting user those addressed to them. */
@Repository
class InvitationRepository {

    private final DSLContext dsl;

    InvitationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Opens an invitation, or renews the open one to the same address (new role, language and expiry); whether to
     * email it: always a new one, a renewed one only if its last email is older than {@code mailAgainAfter}.
     */
    Opened open(
            CommuneId commune,
            String email,
            CommuneRole role,
            String language,
            String invitedBy,
            OffsetDateTime now,
            OffsetDateTime mailAgainAfter,
            OffsetDateTime expiresAt) {
        var open = dsl.selectFrom(STAFF_INVITATION)
                .where(STAFF_INVITATION.COMMUNE_ID.eq(commune.value()))
                .and(STAFF_INVITATION.EMAIL.eq(email))
                .and(STAFF_INVITATION.ACCEPTED_AT.isNull())
                .and(STAFF_INVITATION.REVOKED_AT.isNull())
                .forUpdate()
                .fetchOptional();
        if (open.isPresent()) {
            // Locked above: two renewals at once see the same last email, and only the first mails again.
            // A changed role or language is mailed at once: the email sent named the old ones.
            boolean mail = open.get().getMailedAt().isBefore(mailAgainAfter)
                    || !role.name().equals(open.get().getRole())
                    || !language.equals(open.get().getLanguage());
            var renewed = dsl.update(STAFF_INVITATION)
                    .set(STAFF_INVITATION.ROLE, role.name())
                    .set(STAFF_INVITATION.LANGUAGE, language)
                    .set(STAFF_INVITATION.INVITED_BY, invitedBy)
                    .set(STAFF_INVITATION.INVITED_AT, now)
                    .set(STAFF_INVITATION.MAILED_AT, mail ? now : open.get().getMailedAt())
                    .set(STAFF_INVITATION.EXPIRES_AT, expiresAt)
                    .where(STAFF_INVITATION.COMMUNE_ID.eq(commune.value()))
                    .and(STAFF_INVITATION.ID.eq(open.get().getId()))
                    .returning()
                    .fetchSingle(InvitationRepository::toInvitation);
            return new Opened(renewed, mail);
        }
        var created = dsl.insertInto(STAFF_INVITATION)
                .set(STAFF_INVITATION.COMMUNE_ID, commune.value())
                .set(STAFF_INVITATION.ID, UUID.randomUUID())
                .set(STAFF_INVITATION.EMAIL, email)
                .set(STAFF_INVITATION.ROLE, role.name())
                .set(STAFF_INVITATION.LANGUAGE, language)
                .set(STAFF_INVITATION.INVITED_BY, invitedBy)
                .set(STAFF_INVITATION.INVITED_AT, now)
                .set(STAFF_INVITATION.MAILED_AT, now)
                .set(STAFF_INVITATION.EXPIRES_AT, expiresAt)
                .returning()
                .fetchSingle(InvitationRepository::toInvitation);
        return new Opened(created, true);
    }

    /** An invitation as opened or renewed, and whether its email goes (again). */
    record Opened(Invitation invitation, boolean mail) {}

    /** A staff invitation with its commune, as read by whoever holds its link. */
    record Linked(Invitation invitation, String communeSlug, String communeName, List<String> languages) {}

    /**
     * The invitation with this id, in whichever commune: a policy shows the one the transaction names in
     * {@code app.invitation_id} (its link), and nothing else.
     */
    Optional<Linked> byLink(UUID id) {
        dsl.select(DSL.field("set_config('app.invitation_id', {0}, true)", String.class, DSL.val(id.toString())))
                .fetch();
        var linked = dsl.select(STAFF_INVITATION, COMMUNE.SLUG, COMMUNE.NAME, COMMUNE.LANGUAGES)
                .from(STAFF_INVITATION)
                .join(COMMUNE)
                .on(COMMUNE.ID.eq(STAFF_INVITATION.COMMUNE_ID))
                .where(STAFF_INVITATION.ID.eq(id))
                .fetchOptional(
                        r -> new Linked(toInvitation(r.value1()), r.value2(), r.value3(), Arrays.asList(r.value4())));
        // Widened for this one query only: nothing later in the transaction sees the invitation.
        dsl.select(DSL.field("set_config('app.invitation_id', '', true)", String.class))
                .fetch();
        return linked;
    }

    Optional<Invitation> find(CommuneId commune, UUID id) {
        return dsl.selectFrom(STAFF_INVITATION)
                .where(STAFF_INVITATION.COMMUNE_ID.eq(commune.value()))
                .and(STAFF_INVITATION.ID.eq(id))
                .fetchOptional(InvitationRepository::toInvitation);
    }

    List<Invitation> page(CommuneId commune, int page, int size) {
        return dsl.selectFrom(STAFF_INVITATION)
                .where(STAFF_INVITATION.COMMUNE_ID.eq(commune.value()))
                .orderBy(STAFF_INVITATION.INVITED_AT.desc(), STAFF_INVITATION.ID)
                .limit(size)
                .offset((long) page * size)
                .fetch(InvitationRepository::toInvitation);
    }

    int count(CommuneId commune) {
        return dsl.fetchCount(STAFF_INVITATION, STAFF_INVITATION.COMMUNE_ID.eq(commune.value()));
    }

    /** The open invitations addressed to the acting user (a policy shows them across communes), with the commune. */
    List<MyInvitation.ToStaff> openFor(String email) {
        return dsl.select(
                        STAFF_INVITATION.ID,
                        COMMUNE.SLUG,
                        COMMUNE.NAME,
                        STAFF_INVITATION.ROLE,
                        STAFF_INVITATION.EXPIRES_AT)
                .from(STAFF_INVITATION)
                .join(COMMUNE)
                .on(COMMUNE.ID.eq(STAFF_INVITATION.COMMUNE_ID))
                .where(STAFF_INVITATION.EMAIL.eq(email))
                .and(STAFF_INVITATION.ACCEPTED_AT.isNull())
                .and(STAFF_INVITATION.REVOKED_AT.isNull())
                .and(STAFF_INVITATION.EXPIRES_AT.gt(DSL.currentOffsetDateTime()))
                .orderBy(STAFF_INVITATION.INVITED_AT)
                .fetch(r -> new MyInvitation.ToStaff(
                        r.value1(), r.value2(), r.value3(), CommuneRole.valueOf(r.value4()), r.value5()));
    }

    /** The commune of an invitation addressed to the acting user, to bind it before accepting. */
    Optional<CommuneId> communeOf(UUID id) {
        return dsl.select(STAFF_INVITATION.COMMUNE_ID)
                .from(STAFF_INVITATION)
                .where(STAFF_INVITATION.ID.eq(id))
                .fetchOptional(r -> new CommuneId(r.value1()));
    }

    void accepted(CommuneId commune, UUID id, String userId) {
        dsl.update(STAFF_INVITATION)
                .set(STAFF_INVITATION.ACCEPTED_AT, DSL.currentOffsetDateTime())
                .set(STAFF_INVITATION.ACCEPTED_BY, userId)
                .where(STAFF_INVITATION.COMMUNE_ID.eq(commune.value()))
                .and(STAFF_INVITATION.ID.eq(id))
                .execute();
    }

    void revoked(CommuneId commune, UUID id) {
        dsl.update(STAFF_INVITATION)
                .set(STAFF_INVITATION.REVOKED_AT, DSL.currentOffsetDateTime())
                .where(STAFF_INVITATION.COMMUNE_ID.eq(commune.value()))
                .and(STAFF_INVITATION.ID.eq(id))
                .execute();
    }

    /** The communes with invitations, in any state, addressed to the acting user's verified address. */
    List<CommuneId> communesAddressing(String email) {
        return dsl.selectDistinct(STAFF_INVITATION.COMMUNE_ID)
                .from(STAFF_INVITATION)
                .where(STAFF_INVITATION.EMAIL.eq(email))
                .fetch(r -> new CommuneId(r.value1()));
    }

    /**
     * Replaces the address of the bound commune's invitations to {@code email} by one that names only the
     * invitation (lower-case, unique, never deliverable), and withdraws those still open; the number changed.
     */
    int anonymise(CommuneId commune, String email) {
        return dsl.update(STAFF_INVITATION)
                .set(STAFF_INVITATION.EMAIL, erasedAddress(STAFF_INVITATION.ID))
                .set(
                        STAFF_INVITATION.REVOKED_AT,
                        DSL.when(
                                        STAFF_INVITATION.ACCEPTED_AT.isNull().and(STAFF_INVITATION.REVOKED_AT.isNull()),
                                        DSL.currentOffsetDateTime())
                                .else_(STAFF_INVITATION.REVOKED_AT))
                .where(STAFF_INVITATION.COMMUNE_ID.eq(commune.value()))
                .and(STAFF_INVITATION.EMAIL.eq(email))
                .execute();
    }

    /** What an erased invitation keeps for an address: one naming only the invitation (staff or coordinator). */
    static Field<String> erasedAddress(Field<UUID> invitation) {
        return DSL.concat(DSL.inline("erased-"), invitation.cast(String.class), DSL.inline("@invalid"));
    }

    private static Invitation toInvitation(StaffInvitationRecord r) {
        return new Invitation(
                r.getId(),
                r.getEmail(),
                CommuneRole.valueOf(r.getRole()),
                r.getInvitedBy(),
                r.getInvitedAt(),
                r.getExpiresAt(),
                r.getAcceptedAt(),
                r.getRevokedAt(),
                r.getLanguage());
    }
}
