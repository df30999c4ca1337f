/**
 * The draw's rules, free of Spring, jOOQ and any solver library: quotas and pools, LEXIMIN and legacy selection,
 * the smallest relaxation of infeasible quotas, and the seeded lottery that anyone can re-run. Linear and integer
 * programmes go through {@link org.civiclimate.assembly.draws.domain.Optimizer}, which the service implements with a
 * solver.
 */
@NullMarked
package org.civiclimate.assembly.draws.domain;

import org.jspecify.annotations.NullMarked;
