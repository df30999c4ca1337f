package org.civiclimate.tenant.me;

import io.swagger.v3.oas.annotations.Operation;
import org.civiclimate.platform.security.Caller;
import org.civiclimate.tenant.commune.CommuneService;
import org.civiclimate.tenant.roles.RoleService;
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

    /** Who the caller is; also keeps the name and email their commune's admins see up to date. */
    @Operation(operationId = "getMe", summary = "Get the signed-in person")
    @GetMapping("/api/me")
    MeResponse me(Caller caller) {
        roles.remember(caller);
        return MeResponse.of(caller, communes.communesOf(caller));
    }
}
