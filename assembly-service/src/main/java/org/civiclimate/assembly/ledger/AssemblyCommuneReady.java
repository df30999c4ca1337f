package org.civiclimate.assembly.ledger;

import java.util.UUID;
import org.civiclimate.platform.events.CloudEventType;

/** assembly-service's acknowledgement of a new commune: its defaults exist. */
@CloudEventType("assembly.commune-ready")
record AssemblyCommuneReady(UUID communeId) {}
