package org.civiclimate.assembly.recommendations.domain;

/** The assembly's assessment, at a follow-up review, of what the commune did with its recommendation. */
public enum Verdict {
    SATISFIED,
    PARTLY_SATISFIED,
    NOT_SATISFIED
}
