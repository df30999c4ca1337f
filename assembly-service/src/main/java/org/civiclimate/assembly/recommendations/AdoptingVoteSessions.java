package org.civiclimate.assembly.recommendations;

import java.util.List;
import java.util.UUID;
import org.civiclimate.assembly.sessions.AdoptingVotes;
import org.springframework.stereotype.Component;

/** The vote sessions where the assembly adopted its recommendations, for the follow-up review to convene their members. */
@Component
class AdoptingVoteSessions implements AdoptingVotes {

    private final RecommendationRepository recommendations;

    AdoptingVoteSessions(RecommendationRepository recommendations) {
        this.recommendations = recommendations;
    }

    /** Within the caller's transaction (a session being convened). */
    @Override
    public List<UUID> of(UUID assembly) {
        return recommendations.adoptingVoteSessions(assembly);
    }
}
