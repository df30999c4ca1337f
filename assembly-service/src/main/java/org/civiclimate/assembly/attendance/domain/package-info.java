/**
 * The rules of attendance, free of Spring and jOOQ: what each status means in half-days attended, the unit the ledger
 * pays in.
 */
@NullMarked
package org.civiclimate.assembly.attendance.domain;

import org.jspecify.annotations.NullMarked;
