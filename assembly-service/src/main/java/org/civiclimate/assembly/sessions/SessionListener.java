package org.civiclimate.assembly.sessions;

import org.civiclimate.platform.events.OnCloudEvent;
import org.springframework.stereotype.Component;

/** Removes a person's convocations when they delete their account. */
@Component
class SessionListener {

    /** What this listener reads of {@code person.erased}. */
    record PersonErased(java.util.UUID communeId, String userId) {}

    private final SessionService sessions;

    SessionListener(SessionService sessions) {
        this.sessions = sessions;
    }

    @OnCloudEvent("person.erased")
    void on(PersonErased event) {
        sessions.erase(event.userId());
    }
}
