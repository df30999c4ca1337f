package org.civiclimate.assembly.seating;

import org.civiclimate.assembly.assemblies.PersonErased;
import org.civiclimate.platform.events.OnCloudEvent;
import org.springframework.stereotype.Component;

/** A deleted account no longer shows in the seat offers it answered. */
@Component
class SeatingListener {

    private final SeatingService seatings;

    SeatingListener(SeatingService seatings) {
        this.seatings = seatings;
    }

    @OnCloudEvent("person.erased")
    void on(PersonErased event) {
        seatings.erase(event.userId());
    }
}
