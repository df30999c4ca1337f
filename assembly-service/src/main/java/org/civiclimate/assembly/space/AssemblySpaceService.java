package org.civiclimate.assembly.space;

import org.civiclimate.platform.communes.ReplicatedCommunes;
import org.civiclimate.platform.tenancy.CommuneId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a commune's space. */
@Service
class AssemblySpaceService {

    private final ReplicatedCommunes communes;

    AssemblySpaceService(ReplicatedCommunes communes) {
        this.communes = communes;
    }

    @Transactional(readOnly = true)
    public AssemblySpace of(CommuneId commune) {
        return AssemblySpace.of(communes.require(commune));
    }
}
