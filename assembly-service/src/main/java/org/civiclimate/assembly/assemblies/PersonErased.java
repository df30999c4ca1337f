package org.civiclimate.assembly.assemblies;

import java.util.UUID;

/** {@code person.erased}: a person deleted their account; their mandates in the commune go. */
record PersonErased(UUID communeId, String userId) {}
