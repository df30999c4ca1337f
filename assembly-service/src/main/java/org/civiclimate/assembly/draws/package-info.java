/**
 * The draw of an assembly's members (DOMAIN.md, sortition): LEXIMIN and legacy selection over a pool of volunteers
 * within quotas, the seeded lottery of the panel and its reserves. The rules live in {@code domain}, solved through
 * OR-Tools ({@code solver}); {@link org.civiclimate.assembly.draws.DrawInstance} reads the public instances' shapes.
 * Guarded by the domain's unit tests and {@code LeximinInstancesTest} on the public instances.
 */
@NullMarked
package org.civiclimate.assembly.draws;

import org.jspecify.annotations.NullMarked;
