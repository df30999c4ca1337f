package org.civiclimate.platform.communes;

import java.util.List;
import java.util.UUID;

/** {@code membership.changed}: every role a user now has in a commune (none once they left it). */
record MembershipChanged(UUID communeId, String userId, List<String> roles) {}
