package org.civiclimate.platform.communes;

import java.util.UUID;

/** The part of {@code commune.reinstated} the directory keeps: which commune may be changed again. */
record CommuneReinstated(UUID communeId) {}
