package org.civiclimate.tenant.me;

import org.civiclimate.platform.security.Caller;
import org.civiclimate.tenant.commune.CommuneService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/me}. */
@RestController
class MeResource {

    private final CommuneService communes;

    MeResource(CommuneService communes) {
        this.communes = communes;
    }

    @GetMapping("/api/me")
    MeResponse me(Caller caller) {
        return MeResponse.of(caller, communes.communesOf(caller));
    }
}
