package org.civiclimate.assembly.recommendations;

/** Where the commune's answer stands, as the public page filters on it. */
enum AnswerState {
    UNANSWERED,
    ACCEPTED,
    PARTIALLY_ACCEPTED,
    REJECTED
}
