package org.civiclimate.tenant.membership;

import java.util.UUID;

/**
 * What tenant-service reads of assembly-service's {@code mandate.changed}: whether the person now holds at least one
 * active mandate in the commune (the whole state, not the change, so that a replay changes nothing).
 */
record MandateChanged(UUID communeId, String userId, UUID mandateId, boolean seated) {}
