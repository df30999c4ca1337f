/**
 * {@code GET /api/me}: who the caller is, as the platform sees them. Guarded by {@code MeResourceTest}.
 */
@NullMarked
package org.civiclimate.tenant.me;

import org.jspecify.annotations.NullMarked;
