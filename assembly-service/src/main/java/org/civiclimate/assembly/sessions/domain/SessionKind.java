package org.civiclimate.assembly.sessions.domain;

/** What a session is for (DOMAIN.md: information hearing, deliberation, vote, follow-up review). */
public enum SessionKind {
    INFORMATION_HEARING,
    DELIBERATION,
    VOTE,
    FOLLOW_UP_REVIEW
}
