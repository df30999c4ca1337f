package org.civiclimate.assembly.attendance;

import org.civiclimate.assembly.assemblies.PersonErased;
import org.civiclimate.platform.events.OnCloudEvent;
import org.springframework.stereotype.Component;

/** Pseudonymises a person's attendance when they delete their account: the ledger's basis stays, their name goes. */
@Component
class AttendanceListener {

    private final AttendanceService attendance;

    AttendanceListener(AttendanceService attendance) {
        this.attendance = attendance;
    }

    @OnCloudEvent("person.erased")
    void on(PersonErased event) {
        attendance.erase(event.userId());
    }
}
