/**
 * The commune's space in this service: {@code GET /api/communes/{slug}/plan}, the entry point of the commune's
 * energy and climate action plan (PAED/SECAP). Guarded by {@code PlanSpaceIT} and, across services, the end-to-end smoke test.
 */
@NullMarked
package org.civiclimate.plan.space;

import org.jspecify.annotations.NullMarked;
