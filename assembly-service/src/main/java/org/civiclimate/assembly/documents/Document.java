package org.civiclimate.assembly.documents;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A session's document as listed: its name, type, size and fingerprint. */
record Document(UUID id, String name, String mediaType, long sizeBytes, String sha256, OffsetDateTime uploadedAt) {}
