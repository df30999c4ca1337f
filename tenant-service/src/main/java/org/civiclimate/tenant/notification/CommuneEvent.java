package org.civiclimate.tenant.notification;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What the notifications read of {@code commune.activated}, {@code .suspended} and {@code .reinstated}. */
record CommuneEvent(UUID communeId, String slug, @Nullable String reason) {}
