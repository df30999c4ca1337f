package org.civiclimate.tenant.privacy;

import java.util.UUID;
import org.civiclimate.platform.events.CloudEventType;

/** Published, for each commune they were in, when a person deletes their account: every service forgets them. */
@CloudEventType("person.erased")
record PersonErased(UUID communeId, String userId) {}
