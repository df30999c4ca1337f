/** The rules of joining a commune, as plain Java. */
@NullMarked
package org.civiclimate.tenant.membership.domain;

import org.jspecify.annotations.NullMarked;
