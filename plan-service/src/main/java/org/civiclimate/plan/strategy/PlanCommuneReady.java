package org.civiclimate.plan.strategy;

import java.util.UUID;
import org.civiclimate.platform.events.CloudEventType;

/** plan-service's acknowledgement of a new commune: its plan exists. */
@CloudEventType("plan.commune-ready")
record PlanCommuneReady(UUID communeId) {}
