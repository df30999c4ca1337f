/** Allowance rules and money, in plain Java; amounts are exact euro cents, never floating point. */
@NullMarked
package org.civiclimate.assembly.ledger.domain;

import org.jspecify.annotations.NullMarked;
