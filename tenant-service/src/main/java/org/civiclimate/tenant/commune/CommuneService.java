package org.civiclimate.tenant.commune;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.civiclimate.platform.events.EventOutbox;
import org.civiclimate.platform.security.Caller;
import org.civiclimate.platform.tenancy.CommuneDirectory.Listing;
import org.civiclimate.platform.tenancy.CommuneId;
import org.civiclimate.platform.web.ApiProblem;
import org.civiclimate.platform.web.FieldChecks;
import org.civiclimate.platform.web.PageResponse;
import org.civiclimate.platform.web.ProblemTypes;
import org.civiclimate.tenant.audit.AuditAction;
import org.civiclimate.tenant.audit.AuditService;
import org.civiclimate.tenant.commune.domain.Commune;
import org.civiclimate.tenant.commune.domain.CommuneDetailsChange;
import org.civiclimate.tenant.commune.domain.CommuneStatus;
import org.civiclimate.tenant.commune.domain.Language;
import org.civiclimate.tenant.commune.domain.OfficialCode;
import org.civiclimate.tenant.roles.CommuneRole;
import org.civiclimate.tenant.roles.RoleService;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Transactional use cases of the commune register, its onboarding saga and its suspension; each one audited. */
@Service
public class CommuneService {

    /** The services that set each new commune up and acknowledge it. */
    enum Space {
        ASSEMBLY,
        PLAN
    }

    private final CommuneRepository communes;
    private final RoleService roles;
    private final AuditService audit;
    private final EventOutbox outbox;
    private final Clock clock;

    CommuneService(CommuneRepository communes, RoleService roles, AuditService audit, EventOutbox outbox, Clock clock) {
        this.communes = communes;
        this.roles = roles;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Records a requested commune, awaiting approval or to be provisioned, and makes the requester its admin. The
     * commune must be bound (its membership row is checked against it). One person has at most {@code maxOpen}
     * requests under way (awaiting approval or provisioning); their concurrent requests are counted one at a time.
     */
    @Transactional
    public CommuneView request(Commune commune, Caller requester, int maxOpen) {
        communes.lockRequester(requester.userId());
        if (communes.openRequests(requester.userId()) >= maxOpen) {
            throw new TooManyOpenRequests(maxOpen);
        }
        requireUnique(commune);
        try {
            communes.insert(commune, requester.userId());
        } catch (DuplicateKeyException e) {
            // Two requests raced for the same slug or official code; the database kept one (and aborted this one).
            if (String.valueOf(e.getMessage()).contains("commune_official_code_unique")) {
                throw new OfficialCodeTaken(
                        commune.country().code(), commune.officialCode().value());
            }
            throw new SlugTaken(commune.slug().value());
        }
        roles.remember(requester);
        roles.grant(commune.id(), requester.userId(), CommuneRole.ADMIN);
        audit.record(
                commune.id(),
                requester.userId(),
                AuditAction.COMMUNE_REQUESTED,
                Map.of(
                        "slug",
                        commune.slug().value(),
                        "status",
                        commune.status().name()));
        return view(commune.id());
    }

    /** Claims communes due for an attempt at their organization (see {@link CommuneRepository#claimDue}). */
    @Transactional
    public List<ProvisioningClaim> claimDue(int limit, Duration lease) {
        return communes.claimDue(limit, lease);
    }

    /** The commune's organization exists: announce the commune to the other services. */
    @Transactional
    public void organizationReady(CommuneId id, String organizationId) {
        communes.organizationCreated(id, organizationId);
        announce(id);
    }

    /** The communes announced longer than {@code timeout} ago that a service has not acknowledged yet. */
    @Transactional(readOnly = true)
    public List<CommuneId> unacknowledged(Duration timeout, int limit) {
        return communes.unacknowledgedSince(OffsetDateTime.now(clock).minus(timeout), limit);
    }

    /**
     * The bound commune fails if a service has still not acknowledged it {@code timeout} after it was announced,
     * with a reason naming the services; false if another instance holds it, or it was acknowledged meanwhile.
     */
    @Transactional
    public boolean acknowledgementTimedOut(CommuneId id, Duration timeout) {
        var overdue = communes.lockUnacknowledged(id, OffsetDateTime.now(clock).minus(timeout));
        if (overdue.isEmpty()) {
            return false;
        }
        String reason = overdue.get().acknowledgementTimeout(timeout);
        // Locked above, and still provisioning.
        communes.changeStatus(id, CommuneStatus.PROVISIONING, CommuneStatus.FAILED, reason);
        audit.record(id, AuditService.PLATFORM, AuditAction.COMMUNE_FAILED, Map.of("reason", reason));
        return true;
    }

    /** Announces the commune (again: a new event, which consumers that lost or parked the last one take). */
    private void announce(CommuneId id) {
        var commune = view(id).commune();
        communes.announced(id, OffsetDateTime.now(clock));
        outbox.publish(
                id,
                new CommuneProvisioned(
                        id.value(),
                        commune.slug().value(),
                        commune.name(),
                        commune.country().code(),
                        commune.languages().stream().map(Language::code).toList()));
    }

    /** An attempt at the organization failed; retried later, or the commune fails after the last attempt. */
    @Transactional
    public boolean organizationFailed(CommuneId id, String reason, int maxAttempts) {
        var provisioning = view(id).provisioning();
        if (provisioning.givesUpAfterFailure(maxAttempts)) {
            // Not provisioning any more (an operator rejected it meanwhile): nothing left to fail.
            if (communes.changeStatus(id, CommuneStatus.PROVISIONING, CommuneStatus.FAILED, reason)) {
                audit.record(id, AuditService.PLATFORM, AuditAction.COMMUNE_FAILED, Map.of("reason", reason));
            }
            return true;
        }
        communes.attemptFailed(id, reason, provisioning.delayAfterFailure());
        return false;
    }

    /** A service has set the commune up; when every one has, the commune becomes active. Replays change nothing. */
    @Transactional
    public void spaceReady(CommuneId id, Space space) {
        communes.spaceReady(id, space);
        var view = view(id);
        if (view.provisioning().complete()) {
            activate(id);
        }
    }

    /** Only a provisioning commune: a late acknowledgement must not lift a suspension or revive a rejected one. */
    private void activate(CommuneId id) {
        if (!communes.changeStatus(id, CommuneStatus.PROVISIONING, CommuneStatus.ACTIVE, null)) {
            return;
        }
        audit.record(id, AuditService.PLATFORM, AuditAction.COMMUNE_ACTIVATED, Map.of());
        outbox.publish(
                id, new CommuneActivated(id.value(), view(id).commune().slug().value()));
    }

    /**
     * Starts a failed commune's onboarding again: its requester and the operators may. Without an organization, the
     * worker makes it; with one (a service did not acknowledge in time), the commune is announced again, or made
     * active at once if every acknowledgement came in after all.
     */
    @Transactional
    public CommuneView retry(CommuneId id, Caller caller) {
        roles.requireAdminOrOperator(id, caller);
        roles.remember(caller);
        // Only what failed: a request awaiting approval must not reach PROVISIONING by its requester's retry.
        var current = view(id).commune().status();
        if (current != CommuneStatus.FAILED) {
            throw new InvalidCommuneStatus(current, CommuneStatus.PROVISIONING);
        }
        var view = move(id, CommuneStatus.PROVISIONING);
        audit.record(id, caller.userId(), AuditAction.PROVISIONING_RETRIED, Map.of());
        if (view.provisioning().complete()) {
            activate(id);
            return view(id);
        }
        if (view.provisioning().organizationId() != null) {
            announce(id);
        }
        return view;
    }

    /**
     * An operator rejects a request awaiting approval (e.g. someone claimed another commune's official code): the
     * requester loses their role in it, its slug and official code are free again for the rightful commune.
     */
    @Transactional
    public CommuneView reject(CommuneId id, String reason, Caller caller) {
        requireOperator(caller);
        roles.remember(caller);
        var current = view(id).commune().status();
        if (!current.canBecome(CommuneStatus.REJECTED)) {
            throw new InvalidCommuneStatus(current, CommuneStatus.REJECTED);
        }
        if (!communes.changeStatus(id, current, CommuneStatus.REJECTED, reason)) {
            throw new InvalidCommuneStatus(view(id).commune().status(), CommuneStatus.REJECTED);
        }
        communes.requester(id).ifPresent(requester -> roles.revokeAll(id, requester));
        audit.record(id, caller.userId(), AuditAction.COMMUNE_REJECTED, Map.of("reason", reason));
        return view(id);
    }

    /** An operator lets a requested commune be provisioned. */
    @Transactional
    public CommuneView approve(CommuneId id, Caller caller) {
        requireOperator(caller);
        roles.remember(caller);
        var view = move(id, CommuneStatus.PROVISIONING);
        audit.record(id, caller.userId(), AuditAction.COMMUNE_APPROVED, Map.of());
        return view;
    }

    /** An operator makes an active commune read-only for everyone in it, saying why. */
    @Transactional
    public CommuneView suspend(CommuneId id, String reason, Caller caller) {
        requireOperator(caller);
        roles.remember(caller);
        move(id, CommuneStatus.SUSPENDED);
        communes.suspensionReason(id, reason);
        audit.record(id, caller.userId(), AuditAction.COMMUNE_SUSPENDED, Map.of("reason", reason));
        var view = view(id);
        outbox.publish(
                id, new CommuneSuspended(id.value(), view.commune().slug().value(), reason));
        return view;
    }

    /** An operator lifts a commune's suspension. */
    @Transactional
    public CommuneView reinstate(CommuneId id, Caller caller) {
        requireOperator(caller);
        roles.remember(caller);
        move(id, CommuneStatus.ACTIVE);
        communes.suspensionReason(id, null);
        audit.record(id, caller.userId(), AuditAction.COMMUNE_REINSTATED, Map.of());
        var view = view(id);
        outbox.publish(
                id, new CommuneReinstated(id.value(), view.commune().slug().value()));
        return view;
    }

    /** The commune, for its members and the operators; others read its public card. */
    @Transactional(readOnly = true)
    public CommuneView get(CommuneId id, Caller caller) {
        roles.requireMemberOrOperator(id, caller);
        return view(id);
    }

    @Transactional(readOnly = true)
    public CommuneCard card(CommuneId id) {
        var view = view(id);
        var commune = view.commune();
        return new CommuneCard(
                commune.slug().value(),
                commune.name(),
                commune.country().code(),
                commune.languages().stream().map(Language::code).toList(),
                commune.status().name(),
                commune.status() == CommuneStatus.ACTIVE,
                view.provisioning().organizationId(),
                view.details().postalCodes(),
                view.details().description(),
                view.provisioning().assemblyReady(),
                view.provisioning().planReady());
    }

    /**
     * An admin changes the commune's details; every problem with the change is answered at once. Audited with the
     * names of the fields that changed (never their values: the contact address is personal data).
     */
    @Transactional
    public CommuneView changeDetails(CommuneId id, Map<String, ? extends @Nullable Object> patch, Caller caller) {
        roles.requireAdmin(id, caller);
        requireWritable(id);
        var change = switch (CommuneDetailsChange.parse(patch)) {
            case CommuneDetailsChange.Parsed.Invalid invalid -> {
                var checks = FieldChecks.none();
                invalid.problems().forEach(checks::add);
                checks.throwIfAny();
                throw new IllegalStateException("unreachable");
            }
            case CommuneDetailsChange.Parsed.Valid valid -> valid.change();
        };
        var before = view(id);
        var changed = changedFields(before, change);
        if (changed.isEmpty()) {
            return before;
        }
        communes.changeDetails(id, change);
        audit.record(
                id, caller.userId(), AuditAction.COMMUNE_DETAILS_CHANGED, Map.of("fields", String.join(",", changed)));
        return view(id);
    }

    private static List<String> changedFields(CommuneView before, CommuneDetailsChange change) {
        var commune = before.commune();
        var changed = new ArrayList<String>();
        if (change.name() != null && !change.name().equals(commune.name())) {
            changed.add("name");
        }
        if (change.population() != null && change.population() != commune.population()) {
            changed.add("population");
        }
        if (change.contactEmail() != null && !change.contactEmail().equals(commune.contactEmail())) {
            changed.add("contactEmail");
        }
        if (change.languages() != null && !change.languages().equals(commune.languages())) {
            changed.add("languages");
        }
        if (change.postalCodes() != null
                && !change.postalCodes().equals(before.details().postalCodes())) {
            changed.add("postalCodes");
        }
        if (change.descriptionChanged()
                && !Objects.equals(change.description(), before.details().description())) {
            changed.add("description");
        }
        return changed;
    }

    /** The join policy the commune's admins chose, copied to the register that the public directory reads. */
    @Transactional
    public void joinPolicyChosen(CommuneId id, String policy) {
        communes.joinPolicy(id, policy);
    }

    /** Active communes for anyone, by name; see {@link CommuneRepository#directory}. */
    @Transactional(readOnly = true)
    public PageResponse<DirectoryEntry> directory(
            @Nullable String search, @Nullable String country, int page, int size) {
        return new PageResponse<>(
                communes.directory(search, country, page, size), page, size, communes.directoryCount(search, country));
    }

    /**
     * Refuses a write that reaches a suspended commune by a path the tenancy filter does not guard (one that does not
     * start with {@code /api/communes/{slug}}: a network's coordinators, an invitation's acceptance): the same 423.
     */
    @Transactional(readOnly = true)
    public void requireWritable(CommuneId id) {
        var commune = view(id).commune();
        if (commune.status() == CommuneStatus.SUSPENDED) {
            throw new ApiProblem(
                    ProblemTypes.COMMUNE_READ_ONLY,
                    "The commune '" + commune.slug().value()
                            + "' is suspended: nothing in it can be changed until it is reinstated");
        }
    }

    /** The address of whoever requested the commune, to tell them it is ready. */
    @Transactional(readOnly = true)
    public Optional<String> requesterEmail(CommuneId id) {
        return communes.requester(id).flatMap(roles::emailOf);
    }

    @Transactional(readOnly = true)
    public Optional<CommuneId> idOf(String slug) {
        return communes.findBySlug(slug).map(Listing::id);
    }

    /** Every commune, newest first, for the platform's operators; {@code search} in name, slug or official code. */
    @Transactional(readOnly = true)
    PageResponse<ListedCommune> list(
            @Nullable CommuneStatus status, @Nullable String search, int page, int size, Caller caller) {
        requireOperator(caller);
        var listed = communes.page(status, search, page, size);
        var members = communes.memberCounts(
                listed.stream().map(l -> l.view().commune().id().value()).toList());
        return new PageResponse<>(
                listed.stream()
                        .map(l -> new ListedCommune(
                                l.view(),
                                l.createdAt(),
                                l.requester(),
                                members.getOrDefault(l.view().commune().id().value(), 0)))
                        .toList(),
                page,
                size,
                communes.count(status, search));
    }

    /** The communes of the caller (who is the transaction's acting user). */
    @Transactional(readOnly = true)
    public List<MyCommune> communesOf(Caller caller) {
        return communes.communesOf(caller.userId());
    }

    private void requireUnique(Commune commune) {
        if (communes.slugExists(commune.slug())) {
            throw new SlugTaken(commune.slug().value());
        }
        OfficialCode code = commune.officialCode();
        if (communes.officialCodeExists(code)) {
            throw new OfficialCodeTaken(code.country().code(), code.value());
        }
    }

    private CommuneView move(CommuneId id, CommuneStatus wanted) {
        var current = view(id).commune().status();
        if (!current.canBecome(wanted)) {
            throw new InvalidCommuneStatus(current, wanted);
        }
        if (!communes.changeStatus(id, current, wanted, null)) {
            // Another request changed it since it was read: this one must not take effect too.
            throw new InvalidCommuneStatus(view(id).commune().status(), wanted);
        }
        return view(id);
    }

    private static void requireOperator(Caller caller) {
        if (!caller.isOperator()) {
            throw new ApiProblem(ProblemTypes.FORBIDDEN, "Only the platform's operators may do this");
        }
    }

    private CommuneView view(CommuneId id) {
        return communes.find(id).orElseThrow(() -> new ApiProblem(ProblemTypes.COMMUNE_NOT_FOUND, "No such commune"));
    }
}
