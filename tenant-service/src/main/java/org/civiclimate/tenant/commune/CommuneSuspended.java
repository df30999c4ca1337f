package org.civiclimate.tenant.commune;

import java.util.UUID;
import org.civiclimate.platform.events.CloudEventType;

/** Published when an operator suspends a commune: it is read-only everywhere until reinstated. */
@CloudEventType("commune.suspended")
record CommuneSuspended(UUID communeId, String slug, String reason) {}
