package org.civiclimate.tenant.me;

import org.civiclimate.platform.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/me}. */
@RestController
class MeResource {

    @GetMapping("/api/me")
    MeResponse me(Caller caller) {
        return MeResponse.of(caller);
    }
}
