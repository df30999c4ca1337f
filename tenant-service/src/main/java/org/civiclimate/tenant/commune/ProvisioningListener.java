package org.civiclimate.tenant.commune;

import org.civiclimate.platform.events.OnCloudEvent;
import org.civiclimate.platform.tenancy.CommuneId;
import org.springframework.stereotype.Component;

/** Records each service's acknowledgement of a new commune; the last one makes the commune active. */
@Component
class ProvisioningListener {

    private final CommuneService communes;

    ProvisioningListener(CommuneService communes) {
        this.communes = communes;
    }

    @OnCloudEvent("assembly.commune-ready")
    void onAssemblyReady(CommuneSpaceReady event) {
        communes.spaceReady(new CommuneId(event.communeId()), CommuneService.Space.ASSEMBLY);
    }

    @OnCloudEvent("plan.commune-ready")
    void onPlanReady(CommuneSpaceReady event) {
        communes.spaceReady(new CommuneId(event.communeId()), CommuneService.Space.PLAN);
    }
}
