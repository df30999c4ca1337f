package org.civiclimate.assembly.assemblies;

import org.civiclimate.platform.events.OnCloudEvent;
import org.springframework.stereotype.Component;

/** Removes a person's mandates when they delete their account. */
@Component
class AssemblyListener {

    private final AssemblyService assemblies;

    AssemblyListener(AssemblyService assemblies) {
        this.assemblies = assemblies;
    }

    @OnCloudEvent("person.erased")
    void on(PersonErased event) {
        assemblies.erase(event.userId());
    }
}
