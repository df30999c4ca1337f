package org.civiclimate.assembly.attendance;

import java.util.UUID;
import org.civiclimate.platform.events.OnCloudEvent;
import org.springframework.stereotype.Component;

/** Pseudonymises a person's attendance when they delete their account: the ledger's basis stays, their name goes. */
@Component
class AttendanceListener {

    /** What this listener reads of {@code person.erased}. */
    record PersonErased(UUID communeId, String userId) {}

    private final AttendanceService attendance;

    AttendanceListener(AttendanceService attendance) {
        this.attendance = attendance;
    }

    @OnCloudEvent("person.erased")
    void on(PersonErased event) {
        attendance.erase(event.userId());
    }
}
