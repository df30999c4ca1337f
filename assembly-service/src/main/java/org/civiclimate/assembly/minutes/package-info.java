/**
 * A session's minutes, {@code .../sessions/{session}/minutes}: drafted by the staff against the version they read,
 * then published, for good, to the commune's members (a draft is the staff's alone). Guarded by {@code MinutesIT}.
 */
@NullMarked
package org.civiclimate.assembly.minutes;

import org.jspecify.annotations.NullMarked;
