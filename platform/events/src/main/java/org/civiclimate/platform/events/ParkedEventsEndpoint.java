package org.civiclimate.platform.events;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;

/**
 * The operators' view of {@link ParkedEvents}, on the management port (never routed by the gateway; operators only, see
 * the security library): {@code GET /actuator/parkedevents} lists them, {@code POST /actuator/parkedevents/{id}}
 * replays one, {@code POST /actuator/parkedevents} replays every waiting one in order.
 */
@Endpoint(id = "parkedevents")
class ParkedEventsEndpoint {

    private static final int LIST_LIMIT = 500;

    private final ParkedEvents parked;

    ParkedEventsEndpoint(ParkedEvents parked) {
        this.parked = parked;
    }

    @ReadOperation
    Map<String, Object> parked() {
        return Map.of("waiting", parked.waiting(), "events", parked.list(LIST_LIMIT));
    }

    @WriteOperation
    List<ParkedEvents.Replay> replayAll() {
        return parked.replayAll();
    }

    /** Answers 404 for an id that is not parked, or was already replayed. */
    @WriteOperation
    WebEndpointResponse<ParkedEvents.Replay> replay(@Selector String id) {
        UUID parsed;
        try {
            parsed = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return new WebEndpointResponse<>(WebEndpointResponse.STATUS_NOT_FOUND);
        }
        return parked.replay(parsed)
                .map(WebEndpointResponse::new)
                .orElseGet(() -> new WebEndpointResponse<>(WebEndpointResponse.STATUS_NOT_FOUND));
    }
}
