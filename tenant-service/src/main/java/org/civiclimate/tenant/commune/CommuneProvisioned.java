package org.civiclimate.tenant.commune;

import java.util.List;
import java.util.UUID;
import org.civiclimate.platform.events.CloudEventType;

/** Published when a commune exists on the platform; the other services record it. */
@CloudEventType("commune.provisioned")
record CommuneProvisioned(UUID communeId, String slug, String name, String country, List<String> languages) {}
