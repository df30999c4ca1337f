package org.civiclimate.tenant.commune;

import java.util.UUID;

/** What tenant-service reads of a service's acknowledgement ({@code assembly.commune-ready}, {@code plan.commune-ready}). */
record CommuneSpaceReady(UUID communeId) {}
