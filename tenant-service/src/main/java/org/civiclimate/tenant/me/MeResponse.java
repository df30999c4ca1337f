package org.civiclimate.tenant.me;

import java.util.List;
import java.util.Set;
import org.civiclimate.platform.security.Caller;
import org.civiclimate.tenant.commune.MyCommune;
import org.jspecify.annotations.Nullable;

/** The signed-in user: identity, platform roles, the organizations their token names, their communes and roles. */
record MeResponse(
        String userId,
        @Nullable String email,
        @Nullable String name,
        Set<String> roles,
        Set<String> organizations,
        List<MyCommune> communes) {

    static MeResponse of(Caller caller, List<MyCommune> communes) {
        return new MeResponse(
                caller.userId(), caller.email(), caller.name(), caller.realmRoles(), caller.organizations(), communes);
    }
}
