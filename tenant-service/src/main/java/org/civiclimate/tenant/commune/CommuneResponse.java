package org.civiclimate.tenant.commune;

import java.util.List;
import java.util.UUID;
import org.civiclimate.tenant.commune.domain.Language;
import org.jspecify.annotations.Nullable;

/**
 * A commune as the API shows it, with where its onboarding stands: its organization in the identity provider, and
 * each service's set-up; the reason of a failure.
 */
record CommuneResponse(
        UUID id,
        String slug,
        String name,
        String country,
        String officialCode,
        int population,
        String contactEmail,
        List<String> languages,
        List<String> postalCodes,
        @Nullable String description,
        String status,
        Steps provisioning,
        @Nullable String failureReason,
        @Nullable String suspensionReason) {

    record Steps(boolean organization, boolean assembly, boolean plan) {}

    static CommuneResponse of(CommuneView view) {
        var commune = view.commune();
        var provisioning = view.provisioning();
        return new CommuneResponse(
                commune.id().value(),
                commune.slug().value(),
                commune.name(),
                commune.country().code(),
                commune.officialCode().value(),
                commune.population(),
                commune.contactEmail(),
                commune.languages().stream().map(Language::code).toList(),
                view.details().postalCodes(),
                view.details().description(),
                commune.status().name(),
                new Steps(
                        provisioning.organizationId() != null, provisioning.assemblyReady(), provisioning.planReady()),
                view.failureReason(),
                view.suspensionReason());
    }
}
