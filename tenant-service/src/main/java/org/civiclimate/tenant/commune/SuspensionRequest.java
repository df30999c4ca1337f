package org.civiclimate.tenant.commune;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why an operator suspends a commune: shown to everyone in it. */
record SuspensionRequest(@NotBlank @Size(max = 500) String reason) {}
