/** The rules of a commune's place in a network, as plain Java. */
@NullMarked
package org.civiclimate.tenant.network.domain;

import org.jspecify.annotations.NullMarked;
