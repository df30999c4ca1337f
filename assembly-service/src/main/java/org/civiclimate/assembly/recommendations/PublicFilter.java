package org.civiclimate.assembly.recommendations;

import org.jspecify.annotations.Nullable;

/** What the public page narrows the adopted recommendations to; every part optional. */
record PublicFilter(
        @Nullable String topic,
        @Nullable AnswerState answer,
        boolean overdueOnly,
        @Nullable String search) {}
