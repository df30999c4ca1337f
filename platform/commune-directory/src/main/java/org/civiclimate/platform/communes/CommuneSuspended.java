package org.civiclimate.platform.communes;

import java.util.UUID;

/** The part of {@code commune.suspended} the directory keeps: which commune became read-only. */
record CommuneSuspended(UUID communeId) {}
