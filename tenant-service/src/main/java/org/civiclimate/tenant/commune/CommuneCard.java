package org.civiclimate.tenant.commune;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What other features need of a commune: who it is, whether it is open for use, its Keycloak Organization, and what
 * its public card shows (postal codes, description, which of its spaces are set up, how citizens join it).
 */
public record CommuneCard(
        String slug,
        String name,
        String country,
        List<String> languages,
        String status,
        boolean active,
        @Nullable String organizationId,
        List<String> postalCodes,
        @Nullable String description,
        boolean assemblyReady,
        boolean planReady) {}
