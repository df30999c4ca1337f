package org.civiclimate.assembly.recommendations;

import org.civiclimate.assembly.assemblies.PersonErased;
import org.civiclimate.platform.events.OnCloudEvent;
import org.springframework.stereotype.Component;

/** Pseudonymises a person's ballots and amendments when they delete their account: the counts stay, the name goes. */
@Component
class RecommendationListener {

    private final RecommendationService recommendations;

    RecommendationListener(RecommendationService recommendations) {
        this.recommendations = recommendations;
    }

    @OnCloudEvent("person.erased")
    void on(PersonErased event) {
        recommendations.erase(event.userId());
    }
}
