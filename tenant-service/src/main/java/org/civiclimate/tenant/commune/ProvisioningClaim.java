package org.civiclimate.tenant.commune;

import org.civiclimate.platform.tenancy.CommuneId;
import org.civiclimate.tenant.commune.domain.Provisioning;

/** A commune whose organization this instance has claimed to create, for a while (the lease). */
record ProvisioningClaim(CommuneId id, String slug, String name, String requester, Provisioning provisioning) {}
