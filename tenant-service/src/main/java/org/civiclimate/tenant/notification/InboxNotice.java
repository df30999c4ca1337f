package org.civiclimate.tenant.notification;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A notification as its person finds it in the app: what it is about ({@code kind}: CONVOCATION, ANSWER, FOLLOW_UP or
 * OVERDUE; the session's or recommendation's title; a {@code detail} that depends on the kind: the session's start,
 * the answer's decision, the follow-up's status, the day the answer was due), the commune, the page it leads to, and
 * when it was read. The web app writes the sentence in the reader's language.
 */
public record InboxNotice(
        UUID id,
        String kind,
        UUID subjectId,
        String title,
        @Nullable String detail,
        String link,
        String communeSlug,
        String communeName,
        OffsetDateTime createdAt,
        @Nullable OffsetDateTime readAt) {}
