package org.civiclimate.platform.events;

import java.util.UUID;

@CloudEventType("test.greeted")
record Greeted(UUID greetingId, String text, int sequence) {}
