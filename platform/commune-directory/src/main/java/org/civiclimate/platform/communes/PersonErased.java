package org.civiclimate.platform.communes;

import java.util.UUID;

/** {@code person.erased}: a person deleted their account; the commune's copy of their roles goes. */
record PersonErased(UUID communeId, String userId) {}
