package org.civiclimate.assembly.assemblies;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a member leaves their seat before its end (kept with the mandate, shown to staff). */
record WithdrawalRequest(@NotBlank @Size(max = 500) String reason) {}
