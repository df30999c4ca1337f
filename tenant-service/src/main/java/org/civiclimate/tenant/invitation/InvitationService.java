package org.civiclimate.tenant.invitation;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.civiclimate.platform.events.EventOutbox;
import org.civiclimate.platform.security.Caller;
import org.civiclimate.platform.tenancy.CommuneId;
import org.civiclimate.platform.web.ApiProblem;
import org.civiclimate.platform.web.FieldChecks;
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
 * {@link CoordinatorInvitationService}). The platform mails the invitation itself, after the commit: the invitation
 * announces {@link StaffInvited} through the outbox, so a mail server or Kafka outage delays the email, never loses it.
 */
@Service
public class InvitationService {

    static final Duration VALIDITY = Duration.ofDays(7);
    /**
     * Inviting an address again renews its invitation at once, but emails it again only after this long: nobody can
     * make the platform send a mailbox one email per request.
     */
    static final Duration MAIL_AGAIN_AFTER = Duration.ofMinutes(15);
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
    private final EventOutbox outbox;
    private final Validator validator;
    private final Clock clock;

    InvitationService(
            InvitationRepository invitations,
            CommuneService communes,
            RoleService roles,
            AuditService audit,
            KeycloakOrganizations organizations,
            CoordinatorInvitationRepository coordinatorInvitations,
            EventOutbox outbox,
            Validator validator,
            Clock clock) {
        this.invitations = invitations;
        this.communes = communes;
        this.roles = roles;
        this.audit = audit;
        this.organizations = organizations;
        this.coordinatorInvitations = coordinatorInvitations;
        this.outbox = outbox;
        this.validator = validator;
        this.clock = clock;
    }

    /**
     * An admin invites someone by email to be an administrator or facilitator, in one of the commune's languages
     * (its first by default); inviting again renews it. The email follows the commit ({@link StaffInvited}). Every
     * field's problem is answered at once.
     */
    @Transactional
    public Invitation invite(CommuneId commune, Caller caller, InviteRequest request) {
        roles.requireAdmin(commune, caller);
        var card = communes.card(commune);
        var problems = FieldChecks.of(validator, request);
        if (request.role() != null && !request.role().grantedByAdmins()) {
            problems.add(CommuneRole.grantedByAdminsOnly("role"));
        }
        if (request.email() != null && problems.isFine("email")) {
            addressProblem(request.email()).ifPresent(problems::add);
        }
        if (request.language() != null && !card.languages().contains(request.language())) {
            problems.add(FieldProblem.oneOf(
                    "language",
                    card.languages(),
                    "must be one of the commune's languages: " + String.join(", ", card.languages())));
        }
        problems.throwIfAny();
        if (!card.active() || card.organizationId() == null) {
            throw new ApiProblem(
                    ProblemTypes.CONFLICT, "The commune is " + card.status() + ": nobody can be invited yet");
        }
        var role = Objects.requireNonNull(request.role());
        var now = now();
        var opened = invitations.open(
                commune,
                address(Objects.requireNonNull(request.email())),
                role,
                request.language() != null
                        ? request.language()
                        : card.languages().getFirst(),
                caller.userId(),
                now,
                now.minus(MAIL_AGAIN_AFTER),
                now.plus(VALIDITY));
        var invitation = opened.invitation();
        // Audit details name the invitation, never its address: they outlive an erasure (audit_entry is append-only).
        audit.record(
                commune,
                caller.userId(),
                AuditAction.STAFF_INVITED,
                Map.of("invitation", invitation.id().toString(), "role", role.name()));
        if (opened.mail()) {
            outbox.publish(commune, new StaffInvited(invitation.id(), commune.value()));
        }
        return invitation;
    }

    /** What the email of the bound commune's invitation says, if it is still open (else nothing is mailed). */
    @Transactional(readOnly = true)
    public Optional<InvitationMail> mailOf(CommuneId commune, UUID id) {
        var card = communes.card(commune);
        return invitations
                .find(commune, id)
                .filter(invitation -> invitation.status(OffsetDateTime.now(clock)) == Invitation.Status.OPEN)
                .map(invitation -> new InvitationMail(
                        invitation.id(),
                        invitation.email(),
                        invitation.language() != null
                                ? invitation.language()
                                : card.languages().getFirst(),
                        card.name(),
                        invitation.role(),
                        invitation.expiresAt()));
    }

    /**
     * An invitation, staff or coordinator, as whoever holds its link sees it before signing in; not found for any
     * other id.
     */
    @Transactional(readOnly = true)
    public PublicInvitation byLink(UUID id) {
        var now = OffsetDateTime.now(clock);
        var staff = invitations.byLink(id);
        if (staff.isPresent()) {
            var linked = staff.get();
            var invitation = linked.invitation();
            return new PublicInvitation.Staff(
                    invitation.id(),
                    linked.communeSlug(),
                    linked.communeName(),
                    invitation.role().name(),
                    invitation.status(now),
                    invitation.expiresAt(),
                    PublicInvitation.hint(invitation.email()),
                    invitation.language() != null
                            ? invitation.language()
                            : linked.languages().getFirst());
        }
        return coordinatorInvitations
                .find(id)
                .map(linked -> (PublicInvitation) new PublicInvitation.Coordinator(
                        linked.invitation().id(),
                        linked.networkSlug(),
                        linked.networkName(),
                        "COORDINATOR",
                        linked.invitation().status(now),
                        linked.invitation().expiresAt(),
                        PublicInvitation.hint(linked.invitation().email()),
                        CoordinatorInvitationService.languageOf(linked.invitation())))
                .orElseThrow(() -> new ApiProblem(INVITATION_NOT_FOUND, "No invitation has this id"));
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

    /**
     * The address as stored and compared (the verified addresses of tokens are lower-case too): lower case, which
     * some letters make longer (İ becomes i and a dot).
     */
    static String address(String email) {
        addressProblem(email).ifPresent(problem -> {
            throw new ApiProblem(ProblemTypes.INVALID_REQUEST, "The email address is too long", List.of(problem));
        });
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** The address is too long once in lower case, if it is (the tables' checks allow {@link #MAX_ADDRESS}). */
    static Optional<FieldProblem> addressProblem(String email) {
        return email.strip().toLowerCase(Locale.ROOT).length() > MAX_ADDRESS
                ? Optional.of(new FieldProblem(
                        "email",
                        FieldCode.TOO_LONG,
                        Map.of("max", MAX_ADDRESS),
                        "must be at most " + MAX_ADDRESS + " characters in lower case"))
                : Optional.empty();
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

    private OffsetDateTime now() {
        return databaseNow(clock);
    }

    /** Now, to the microsecond the database keeps, so that a time written and read back compares equal. */
    static OffsetDateTime databaseNow(Clock clock) {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
