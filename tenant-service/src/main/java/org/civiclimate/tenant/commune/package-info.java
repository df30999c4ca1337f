/**
 * The register of communes: requesting one (at most a few under way per person; an operator approves or rejects it),
 * its onboarding saga (announced with {@code commune.provisioned}, failed by name when a service does not acknowledge
 * it in time, retried by announcing it again), finding one by slug, listing them. Its {@code CommuneRepository} is
 * the service's commune directory. Guarded by {@code SlugTest}, {@code ProvisioningTest},
 * {@code CommuneResourceTest}, {@code CommuneIT} and {@code OnboardingSafeguardsIT}.
 */
@NullMarked
package org.civiclimate.tenant.commune;

import org.jspecify.annotations.NullMarked;
