/** The commune and the rules on its identity, in plain Java. */
@NullMarked
package org.civiclimate.tenant.commune.domain;

import org.jspecify.annotations.NullMarked;
