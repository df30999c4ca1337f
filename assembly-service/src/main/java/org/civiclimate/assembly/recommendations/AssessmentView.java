package org.civiclimate.assembly.recommendations;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.civiclimate.assembly.recommendations.domain.Verdict;

/** The assembly's assessment at a follow-up review session. */
record AssessmentView(UUID sessionId, Verdict verdict, String comment, OffsetDateTime recordedAt) {}
