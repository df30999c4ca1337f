package org.civiclimate.assembly.sessions;

import org.civiclimate.assembly.assemblies.PersonErased;
import org.civiclimate.platform.events.OnCloudEvent;
import org.springframework.stereotype.Component;

/** Removes a person's convocations when they delete their account. */
@Component
class SessionListener {

    private final SessionService sessions;

    SessionListener(SessionService sessions) {
        this.sessions = sessions;
    }

    @OnCloudEvent("person.erased")
    void on(PersonErased event) {
        sessions.erase(event.userId());
    }
}
