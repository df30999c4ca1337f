package org.civiclimate.assembly.assemblies;

import java.util.UUID;
import org.civiclimate.platform.events.CloudEventType;

/** A mandate started or ended; {@code seated}: whether the person still holds an active mandate in the commune. */
@CloudEventType("mandate.changed")
record MandateChanged(UUID communeId, String userId, UUID mandateId, boolean seated) {}
