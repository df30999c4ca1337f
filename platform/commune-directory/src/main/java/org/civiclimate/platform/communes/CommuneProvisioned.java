package org.civiclimate.platform.communes;

import java.util.List;
import java.util.UUID;

/** What this directory reads of a {@code commune.provisioned} event. */
record CommuneProvisioned(UUID communeId, String slug, String name, String country, List<String> languages) {}
