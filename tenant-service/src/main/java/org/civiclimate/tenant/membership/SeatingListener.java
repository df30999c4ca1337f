package org.civiclimate.tenant.membership;

import org.civiclimate.platform.events.OnCloudEvent;
import org.civiclimate.platform.tenancy.CommuneId;
import org.springframework.stereotype.Component;

/** The member role follows seating: assembly-service says who holds a mandate, tenant-service keeps the role. */
@Component
class SeatingListener {

    private final MembershipService memberships;

    SeatingListener(MembershipService memberships) {
        this.memberships = memberships;
    }

    @OnCloudEvent("mandate.changed")
    void onMandateChanged(MandateChanged event) {
        memberships.followSeating(new CommuneId(event.communeId()), event.userId(), event.mandateId(), event.seated());
    }
}
