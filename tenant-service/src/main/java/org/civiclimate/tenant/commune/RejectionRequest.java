package org.civiclimate.tenant.commune;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why an operator rejects a requested commune (e.g. "the official code belongs to another commune"). */
record RejectionRequest(@NotBlank @Size(max = 500) String reason) {}
