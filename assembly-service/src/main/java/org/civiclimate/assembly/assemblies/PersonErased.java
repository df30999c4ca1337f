package org.civiclimate.assembly.assemblies;

import java.util.UUID;

/** {@code person.erased}: a person deleted their account; what each feature holds of them goes or is pseudonymised. */
public record PersonErased(UUID communeId, String userId) {}
