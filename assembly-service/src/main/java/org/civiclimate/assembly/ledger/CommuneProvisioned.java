package org.civiclimate.assembly.ledger;

import java.util.UUID;

/** What the ledger reads of {@code commune.provisioned}. */
record CommuneProvisioned(UUID communeId, String country) {}
