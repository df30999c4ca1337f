package org.civiclimate.tenant.commune;

import java.util.UUID;
import org.civiclimate.platform.events.CloudEventType;

/** Published when every service has set a commune up. */
@CloudEventType("commune.activated")
record CommuneActivated(UUID communeId, String slug) {}
