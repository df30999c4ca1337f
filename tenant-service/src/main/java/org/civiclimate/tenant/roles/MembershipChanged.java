package org.civiclimate.tenant.roles;

import java.util.List;
import java.util.UUID;
import org.civiclimate.platform.events.CloudEventType;

/** Published on every change of a user's roles in a commune: all the roles they now have. */
@CloudEventType("membership.changed")
record MembershipChanged(UUID communeId, String userId, List<String> roles) {}
