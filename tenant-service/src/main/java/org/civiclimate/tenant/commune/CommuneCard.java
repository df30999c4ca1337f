package org.civiclimate.tenant.commune;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What other features need of a commune: who it is, whether it is open for use, and its Keycloak Organization. */
public record CommuneCard(
        String slug,
        String name,
        String country,
        List<String> languages,
        String status,
        boolean active,
        @Nullable String organizationId) {}
