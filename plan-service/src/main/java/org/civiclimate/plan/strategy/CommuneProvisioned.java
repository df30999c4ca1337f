package org.civiclimate.plan.strategy;

import java.util.UUID;

/** What the strategy reads of {@code commune.provisioned}. */
record CommuneProvisioned(UUID communeId) {}
