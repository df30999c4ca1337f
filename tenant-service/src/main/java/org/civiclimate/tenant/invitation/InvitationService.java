package org.civiclimate.tenant.invitation;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.civiclimate.platform.security.Caller;
import org.civiclimate.platform.tenancy.CommuneId;
import org.civiclimate.platform.web.ApiProblem;
import org.civiclimate.platform.web.FieldCode;
import org.civiclimate.platform.web.FieldProblem;
import org.civiclimate.platform.web.PageResponse;
import org.civiclimate.platform.web.ProblemType;
import org.civiclimate.platform.web.ProblemTypes;
import org.civiclimate.tenant.audit.AuditAction;
import org.civiclimate.tenant.audit.AuditService;
import org.civiclimate.tenant.commune.CommuneService;
import org.civiclimate.tenant.provisioning.KeycloakOrganizations;
import org.civiclimate.tenant.roles.CommuneRole;
import org.civiclimate.tenant.roles.RoleService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inviting staff by email and answering invitations (staff invitations here, a network's coordinator invitations in
 * {@link CoordinatorInvitationService}). Keycloak sends the staff invitation's email, last in the transaction: if it
 * cannot, the invitation is not kept.
 */
@Service
public class InvitationService {

    static final Duration VALIDITY = Duration.ofDays(7);
    /** As the tables' checks (RFC 5321's path limit). */
    static final int MAX_ADDRESS = 254;

    static final ProblemType INVITATION_NOT_OPEN = new ProblemType(
            "invitation-not-open", "The invitation was accepted, revoked or has expired", HttpStatus.CONFLICT);
    static final ProblemType INVITATION_NOT_FOUND =
            new ProblemType("invitation-not-found", "No such invitation", HttpStatus.NOT_FOUND);

    private final InvitationRepository invitations;
    private final CommuneService communes;
    private final RoleService roles;
    private final AuditService audit;
    private final KeycloakOrganizations organizations;
    private final CoordinatorInvitationRepository coordinatorInvitations;
    private final Clock clock;

    InvitationService(
            InvitationRepository invitations,
            CommuneService communes,
            RoleService roles,
            AuditService audit,
            KeycloakOrganizations organizations,
            CoordinatorInvitationRepository coordinatorInvitations,
            Clock clock) {
        this.invitations = invitations;
        this.communes = communes;
        this.roles = roles;
        this.audit = audit;
        this.organizations = organizations;
        this.coordinatorInvitations = coordinatorInvitations;
        this.clock = clock;
    }

    /** An admin invites someone by email to be an administrator or facilitator; inviting again renews it. */
    @Transactional
    public Invitation invite(CommuneId commune, Caller caller, String email, CommuneRole role) {
        roles.requireAdmin(commune, caller);
        if (!role.grantedByAdmins()) {
            throw new ApiProblem(
                    ProblemTypes.INVALID_REQUEST,
                    "Staff are invited as ADMIN or FACILITATOR",
                    List.of(FieldProblem.oneOf(
                            "role", List.of("ADMIN", "FACILITATOR"), "must be ADMIN or FACILITATOR")));
        }
        var card = communes.card(commune);
        if (!card.active() || card.organizationId() == null) {
            throw new ApiProblem(
                    ProblemTypes.CONFLICT, "The commune is " + card.status() + ": nobody can be invited yet");
        }
        String address = address(email);
        var invitation = invitations.open(
                commune,
                address,
                role,
                caller.userId(),
                OffsetDateTime.now(clock).plus(VALIDITY));
        // Audit details name the invitation, never its address: they outlive an erasure (audit_entry is append-only).
        audit.record(
                commune,
                caller.userId(),
                AuditAction.STAFF_INVITED,
                Map.of("invitation", invitation.id().toString(), "role", role.name()));
        organizations.invite(card.organizationId(), address);
        return invitation;
    }

    @Transactional(readOnly = true)
    public PageResponse<Invitation> list(CommuneId commune, Caller caller, int page, int size) {
        roles.requireAdmin(commune, caller);
        return new PageResponse<>(invitations.page(commune, page, size), page, size, invitations.count(commune));
    }

    @Transactional
    public Invitation revoke(CommuneId commune, Caller caller, UUID id) {
        roles.requireAdmin(commune, caller);
        var invitation = invitations.find(commune, id).orElseThrow(InvitationService::notFound);
        requireOpen(invitation.status(OffsetDateTime.now(clock)));
        invitations.revoked(commune, id);
        audit.record(commune, caller.userId(), AuditAction.INVITATION_REVOKED, Map.of("invitation", id.toString()));
        return invitations.find(commune, id).orElseThrow();
    }

    /**
     * The open invitations addressed to the caller's verified email address: to the staff of every commune, then to
     * coordinate networks.
     */
    @Transactional(readOnly = true)
    public List<MyInvitation> mine(Caller caller) {
        return caller.verifiedEmail()
                .map(address -> Stream.<MyInvitation>concat(
                                invitations.openFor(address).stream(),
                                coordinatorInvitations.openFor(address, OffsetDateTime.now(clock)).stream())
                        .toList())
                .orElse(List.of());
    }

    /**
     * The commune of a staff invitation addressed to the caller (to bind it, then {@link #accept}); none for any other
     * id, a coordinator invitation's among them.
     */
    @Transactional(readOnly = true)
    public Optional<CommuneId> communeOf(UUID id, Caller caller) {
        return caller.verifiedEmail().flatMap(address -> invitations.communeOf(id));
    }

    /** The caller accepts an invitation addressed to them, in its bound commune: they get its role. */
    @Transactional
    public List<CommuneRole> accept(CommuneId commune, UUID id, Caller caller) {
        var invitation = invitations.find(commune, id).orElseThrow(InvitationService::notFound);
        if (!caller.verifiedEmail().map(invitation.email()::equals).orElse(false)) {
            throw notFound();
        }
        // Under /api/me, out of the tenancy filter's sight: a suspended commune gets no new staff either.
        communes.requireWritable(commune);
        requireOpen(invitation.status(OffsetDateTime.now(clock)));
        invitations.accepted(commune, id, caller.userId());
        roles.remember(caller);
        roles.grant(commune, caller.userId(), invitation.role());
        audit.record(
                commune,
                caller.userId(),
                AuditAction.INVITATION_ACCEPTED,
                Map.of("invitation", id.toString(), "role", invitation.role().name()));
        var organization = communes.card(commune).organizationId();
        if (organization != null) {
            organizations.addMember(organization, caller.userId());
        }
        return roles.rolesOf(commune, caller.userId());
    }

    /** The communes holding invitations addressed to the caller's verified address (for an erasure). */
    @Transactional(readOnly = true)
    public List<CommuneId> communesAddressing(Caller caller) {
        return caller.verifiedEmail().map(invitations::communesAddressing).orElse(List.of());
    }

    /**
     * Erasure: the bound commune's invitations to the address keep no trace of it; open ones are withdrawn. Allowed in
     * a suspended commune too: erasing personal data is a right, not a change of the commune's business.
     */
    @Transactional
    public void forgetAddress(CommuneId commune, String email) {
        invitations.anonymise(commune, email);
    }

    @Transactional(readOnly = true)
    public String slugOf(CommuneId commune) {
        return communes.card(commune).slug();
    }

    /** An invited address as kept and compared: the verified addresses of tokens are lower-case too. */
    /** The address as stored and compared: lower case, which some letters make longer (İ becomes i and a dot). */
    static String address(String email) {
        String address = email.strip().toLowerCase(Locale.ROOT);
        if (address.length() > MAX_ADDRESS) {
            throw new ApiProblem(
                    ProblemTypes.INVALID_REQUEST,
                    "The email address is too long",
                    List.of(new FieldProblem(
                            "email",
                            FieldCode.TOO_LONG,
                            Map.of("max", MAX_ADDRESS),
                            "must be at most " + MAX_ADDRESS + " characters in lower case")));
        }
        return address;
    }

    static void requireOpen(Invitation.Status status) {
        if (status != Invitation.Status.OPEN) {
            throw new ApiProblem(
                    INVITATION_NOT_OPEN, "This invitation is " + status.name().toLowerCase(Locale.ROOT));
        }
    }

    static ApiProblem notFound() {
        return new ApiProblem(INVITATION_NOT_FOUND, "No open invitation of yours has this id");
    }
}
