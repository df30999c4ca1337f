/**
 * The commune's space in this service: {@code GET /api/communes/{slug}/assembly}, the entry point of the commune's
 * permanent citizens' assembly. Guarded by {@code AssemblySpaceIT} and, across services, the end-to-end smoke test.
 */
@NullMarked
package org.civiclimate.assembly.space;

import org.jspecify.annotations.NullMarked;
