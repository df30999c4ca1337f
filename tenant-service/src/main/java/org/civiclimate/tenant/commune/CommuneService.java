package org.civiclimate.tenant.commune;

import java.time.Duration;
import java.util.List;
import org.civiclimate.platform.events.EventOutbox;
import org.civiclimate.platform.security.Caller;
import org.civiclimate.platform.tenancy.CommuneId;
import org.civiclimate.platform.web.ApiProblem;
import org.civiclimate.platform.web.PageResponse;
import org.civiclimate.platform.web.ProblemTypes;
import org.civiclimate.tenant.commune.domain.Commune;
import org.civiclimate.tenant.commune.domain.CommuneStatus;
import org.civiclimate.tenant.commune.domain.Language;
import org.civiclimate.tenant.commune.domain.Slug;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Transactional use cases of the commune register and its onboarding saga. */
@Service
public class CommuneService {

    static final String ADMIN = "ADMIN";

    /** The services that set each new commune up and acknowledge it. */
    enum Space {
        ASSEMBLY,
        PLAN
    }

    private final CommuneRepository communes;
    private final EventOutbox outbox;

    CommuneService(CommuneRepository communes, EventOutbox outbox) {
        this.communes = communes;
        this.outbox = outbox;
    }

    /**
     * Records a requested commune, awaiting approval or to be provisioned, and makes the requester its admin. The
     * commune must be bound (its membership row is checked against it).
     */
    @Transactional
    public CommuneView request(Commune commune, Caller requester) {
        if (communes.slugExists(commune.slug())) {
            throw new SlugTaken(commune.slug().value());
        }
        try {
            communes.insert(commune, requester.userId());
        } catch (DuplicateKeyException e) {
            // Two requests raced for the same slug; the database kept one.
            throw new SlugTaken(commune.slug().value());
        }
        communes.grant(commune.id(), requester.userId(), ADMIN);
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
        var commune = view(id).commune();
        communes.organizationCreated(id, organizationId);
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
            communes.changeStatus(id, CommuneStatus.FAILED, reason);
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
            communes.changeStatus(id, CommuneStatus.ACTIVE, null);
            outbox.publish(
                    id, new CommuneActivated(id.value(), view.commune().slug().value()));
        }
    }

    /** Starts a failed commune's onboarding again: its admins and the operators may. */
    @Transactional
    public CommuneView retry(CommuneId id, Caller caller) {
        requireAdminOrOperator(id, caller);
        return move(id, CommuneStatus.PROVISIONING);
    }

    /** An operator lets a requested commune be provisioned. */
    @Transactional
    public CommuneView approve(CommuneId id, Caller caller) {
        requireOperator(caller);
        return move(id, CommuneStatus.PROVISIONING);
    }

    @Transactional(readOnly = true)
    public boolean isTaken(Slug slug) {
        return communes.slugExists(slug);
    }

    @Transactional(readOnly = true)
    public CommuneView get(CommuneId id) {
        return view(id);
    }

    /** Every commune, for the platform's operators. */
    @Transactional(readOnly = true)
    public PageResponse<CommuneView> list(@Nullable CommuneStatus status, int page, int size, Caller caller) {
        requireOperator(caller);
        return new PageResponse<>(communes.page(status, page, size), page, size, communes.count(status));
    }

    /** The communes of the caller (who is the transaction's acting user). */
    @Transactional(readOnly = true)
    public List<MyCommune> communesOf(Caller caller) {
        return communes.communesOf(caller.userId());
    }

    private CommuneView move(CommuneId id, CommuneStatus wanted) {
        var current = view(id).commune().status();
        if (!current.canBecome(wanted)) {
            throw new InvalidCommuneStatus(current, wanted);
        }
        communes.changeStatus(id, wanted, null);
        return view(id);
    }

    private void requireAdminOrOperator(CommuneId id, Caller caller) {
        if (!caller.isOperator() && !communes.hasRole(id, caller.userId(), ADMIN)) {
            throw new ApiProblem(ProblemTypes.FORBIDDEN, "Only the commune's administrators and operators may do this");
        }
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
