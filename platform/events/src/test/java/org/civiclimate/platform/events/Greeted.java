package org.civiclimate.platform.events;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.civiclimate.platform.tenancy.CommuneId;

@CloudEventType("test.greeted")
record Greeted(UUID greetingId, String text, int sequence) {

    /** This greeting as a structured CloudEvent (a new id) from {@code source}, for tests that write to Kafka. */
    byte[] envelope(CommuneId commune, String source) {
        return ("{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"source\":\"" + source + "\","
                        + "\"type\":\"test.greeted\",\"datacontenttype\":\"application/json\","
                        + "\"dataschema\":\"urn:civiclimate:event:test.greeted:v1\",\"communeid\":\"" + commune
                        + "\",\"data\":{\"greetingId\":\"" + greetingId + "\",\"text\":\"" + text
                        + "\",\"sequence\":" + sequence + "}}")
                .getBytes(StandardCharsets.UTF_8);
    }
}
