/**
 * The rules of an assembly's sessions, free of Spring and jOOQ: times typed in the commune's time zone, the length in
 * half-days attendance counts in, and the calendar file members import.
 */
@NullMarked
package org.civiclimate.assembly.sessions.domain;

import org.jspecify.annotations.NullMarked;
