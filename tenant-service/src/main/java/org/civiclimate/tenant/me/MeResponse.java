package org.civiclimate.tenant.me;

import java.util.Set;
import org.civiclimate.platform.security.Caller;
import org.jspecify.annotations.Nullable;

/** The signed-in user: identity, platform roles, and the communes (Keycloak organizations) their token names. */
record MeResponse(
        String userId, @Nullable String email, @Nullable String name, Set<String> roles, Set<String> organizations) {

    static MeResponse of(Caller caller) {
        return new MeResponse(
                caller.userId(), caller.email(), caller.name(), caller.realmRoles(), caller.organizations());
    }
}
