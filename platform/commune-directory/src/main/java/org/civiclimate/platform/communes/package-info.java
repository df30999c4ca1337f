/**
 * The commune directory of a service that is not tenant-service: the communes announced by
 * {@code commune.provisioned}, kept in the service's own database, so that slugs resolve without a call to
 * tenant-service. Guarded by the services' own integration tests and the end-to-end smoke test.
 */
@NullMarked
package org.civiclimate.platform.communes;

import org.jspecify.annotations.NullMarked;
