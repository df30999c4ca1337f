/**
 * Tenancy: a commune is a tenant. The current commune ({@link CommuneContext}) is bound for the duration of a request
 * or an event; every transaction then starts by setting PostgreSQL's transaction-local {@code app.commune_id}, which
 * the row-level security policies of every tenant table compare with. Services connect as a role that owns nothing
 * and cannot bypass RLS, so a forgotten filter returns nothing rather than another commune's rows.
 * Guarded by {@code RowLevelSecurityIT} and {@code CommuneRequestFilterTest}.
 */
@NullMarked
package org.civiclimate.platform.tenancy;

import org.jspecify.annotations.NullMarked;
