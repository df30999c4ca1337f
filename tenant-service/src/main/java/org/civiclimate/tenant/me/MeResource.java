package org.civiclimate.tenant.me;

import io.swagger.v3.oas.annotations.Operation;
import org.civiclimate.platform.security.Caller;
import org.civiclimate.tenant.commune.CommuneService;
import org.civiclimate.tenant.roles.RoleService;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/me}. */
@RestController
class MeResource {

    private final CommuneService communes;
    private final RoleService roles;

    MeResource(CommuneService communes, RoleService roles) {
        this.communes = communes;
        this.roles = roles;
    }

    /**
     * Who the caller is; also keeps the name, email and language (for the emails written to them) their commune's
     * admins and notifications use up to date.
     */
    @Operation(operationId = "getMe", summary = "Get the signed-in person")
    @GetMapping("/api/me")
    MeResponse me(Caller caller) {
        roles.remember(caller, locale());
        return MeResponse.of(caller, communes.communesOf(caller));
    }

    /**
     * The {@code locale} claim of the caller's token, which Keycloak's profile scope adds once the person chose a
     * language. Read here because {@link Caller} (platform/security) does not carry it yet; it belongs there.
     */
    private static @Nullable String locale() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof Jwt token
                ? token.getClaimAsString("locale")
                : null;
    }
}
