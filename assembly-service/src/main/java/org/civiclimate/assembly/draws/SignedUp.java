package org.civiclimate.assembly.draws;

import java.util.UUID;

/** A volunteer signed up: their pseudonym, under which the draw's public record will name them if drawn. */
record SignedUp(UUID drawId, String pseudonym) {}
