package org.civiclimate.tenant.commune;

import java.util.UUID;
import org.civiclimate.platform.events.CloudEventType;

/** Published when an operator lifts a commune's suspension. */
@CloudEventType("commune.reinstated")
record CommuneReinstated(UUID communeId, String slug) {}
