/**
 * Recommendations of an assembly and what the commune does with them, {@code .../assemblies/{assembly}/recommendations}:
 * drafted per topic and amended (every version kept), put to a vote at a vote session (named or secret, quorum and
 * threshold as the assembly's {@code voting-rule} says, frozen when it closes), answered by the commune by a due date,
 * then followed up and assessed by the assembly at a follow-up review; announced as {@code recommendation.adopted},
 * {@code response.published} and {@code follow-up.updated}, and shown to everyone under
 * {@code /api/public/communes/{slug}/assembly/recommendations} with open data in CSV and JSON. Guarded by
 * {@code RecommendationsIT}, {@code PublicRecommendationsIT} and the domain's unit tests.
 */
@NullMarked
package org.civiclimate.assembly.recommendations;

import org.jspecify.annotations.NullMarked;
