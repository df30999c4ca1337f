/** The draw's {@link org.civiclimate.assembly.draws.domain.Optimizer} implemented with OR-Tools. */
@NullMarked
package org.civiclimate.assembly.draws.solver;

import org.jspecify.annotations.NullMarked;
