/**
 * A commune's assemblies and the mandates that fill their seats: {@code /api/communes/{slug}/assembly/assemblies}.
 * Seating or unseating a person announces {@code mandate.changed}, from which tenant-service grants or revokes the
 * MEMBER role (it alone holds roles). The draw will seat the people it selects through {@link
 * org.civiclimate.assembly.assemblies.AssemblyService#seat}. Guarded by {@code AssembliesIT} and the domain's unit tests.
 */
@NullMarked
package org.civiclimate.assembly.assemblies;

import org.jspecify.annotations.NullMarked;
