package org.civiclimate.plan.space;

import org.civiclimate.platform.communes.ReplicatedCommunes;
import org.civiclimate.platform.tenancy.CommuneId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a commune's space. */
@Service
class PlanSpaceService {

    private final ReplicatedCommunes communes;

    PlanSpaceService(ReplicatedCommunes communes) {
        this.communes = communes;
    }

    @Transactional(readOnly = true)
    public PlanSpace of(CommuneId commune) {
        return PlanSpace.of(communes.require(commune));
    }
}
