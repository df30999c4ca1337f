/**
 * The register of communes: creating one (and announcing it with {@code commune.provisioned}), finding one by slug,
 * listing them. Its {@code CommuneRegister} is the service's commune directory.
 * Guarded by {@code SlugTest}, {@code CommuneResourceTest} and {@code CommuneIT}.
 */
@NullMarked
package org.civiclimate.tenant.commune;

import org.jspecify.annotations.NullMarked;
