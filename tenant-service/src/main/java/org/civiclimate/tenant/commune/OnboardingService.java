package org.civiclimate.tenant.commune;

import java.util.UUID;
import org.civiclimate.platform.security.Caller;
import org.civiclimate.platform.tenancy.CommuneContext;
import org.civiclimate.platform.tenancy.CommuneId;
import org.civiclimate.tenant.commune.domain.Commune;
import org.civiclimate.tenant.commune.domain.CommuneStatus;
import org.civiclimate.tenant.commune.domain.Country;
import org.civiclimate.tenant.commune.domain.Language;
import org.civiclimate.tenant.commune.domain.OfficialCode;
import org.civiclimate.tenant.commune.domain.Slug;
import org.civiclimate.tenant.provisioning.IdentityProviderUnavailable;
import org.civiclimate.tenant.provisioning.KeycloakOrganizations;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The onboarding saga. A request records the commune (awaiting approval, or provisioning) with the requester as its
 * admin. The worker then creates the commune's Keycloak Organization (alias = slug) with the requester as member and
 * announces {@code commune.provisioned}; assembly-service and plan-service set the commune up and acknowledge; the
 * last acknowledgement makes it active; if one does not come in time, the commune fails with a reason naming the
 * service, and a retry announces it again. Every step is idempotent and its state is in the database, so a crash
 * resumes where it stopped; when Keycloak keeps failing, the commune fails with the reason and any organization made
 * for it is removed again.
 */
@Service
public class OnboardingService {

    private static final Logger log = LoggerFactory.getLogger(OnboardingService.class);
    private static final int BATCH = 10;

    private final CommuneService communes;
    private final KeycloakOrganizations organizations;
    private final OnboardingProperties properties;

    OnboardingService(CommuneService communes, KeycloakOrganizations organizations, OnboardingProperties properties) {
        this.communes = communes;
        this.organizations = organizations;
        this.properties = properties;
    }

    public CommuneView request(CreateCommuneRequest request, Caller requester) {
        Commune commune = validated(request);
        return CommuneContext.callAs(
                commune.id(), () -> communes.request(commune, requester, properties.maxOpenRequests()));
    }

    /** Attempts the organization of every commune that is due, on this instance. */
    public void provisionDue() {
        for (ProvisioningClaim claim : communes.claimDue(BATCH, properties.lease())) {
            CommuneContext.runAs(claim.id(), () -> provision(claim));
        }
    }

    /**
     * Fails the communes a service has not acknowledged within the timeout, on this instance; each one is taken under
     * a row lock that other instances skip, so it fails once.
     */
    public void timeOutUnacknowledged() {
        var timeout = properties.acknowledgementTimeout();
        for (CommuneId id : communes.unacknowledged(timeout, BATCH)) {
            boolean failed = CommuneContext.callAs(id, () -> communes.acknowledgementTimedOut(id, timeout));
            if (failed) {
                log.warn("Commune {} failed: a service did not acknowledge it within {}", id, timeout);
            }
        }
    }

    private void provision(ProvisioningClaim claim) {
        @Nullable String organization = null;
        try {
            organization =
                    organizations.create(claim.slug(), claim.name(), claim.id().value());
            organizations.addMember(organization, claim.requester());
            communes.organizationReady(claim.id(), organization);
        } catch (IdentityProviderUnavailable e) {
            log.warn("Provisioning of commune {} failed: {}", claim.id(), e.getMessage());
            boolean failed = communes.organizationFailed(claim.id(), e.getMessage(), properties.maxAttempts());
            if (failed && organization != null) {
                organizations.delete(organization);
            }
        }
    }

    /** A request that passed its annotations and {@link CommuneRules} (the resource validates it), as a commune. */
    private Commune validated(CreateCommuneRequest request) {
        return new Commune(
                new CommuneId(UUID.randomUUID()),
                new Slug(request.slug()),
                request.name().strip(),
                new Country(request.country()),
                new OfficialCode(new Country(request.country()), request.officialCode()),
                request.population(),
                request.contactEmail().strip(),
                request.languages().stream()
                        .map(code -> Language.ofCode(code).orElseThrow())
                        .toList(),
                properties.requireApproval() ? CommuneStatus.AWAITING_APPROVAL : CommuneStatus.PROVISIONING);
    }
}
