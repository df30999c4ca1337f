package org.civiclimate.assembly.recommendations;

import java.time.OffsetDateTime;
import org.civiclimate.assembly.recommendations.domain.Decision;
import org.jspecify.annotations.Nullable;

/** The commune's published answer; {@code late} when it came after the due day. */
record AnswerView(Decision decision, @Nullable String justification, OffsetDateTime publishedAt, boolean late) {}
