package org.civiclimate.assembly.recommendations;

import org.civiclimate.platform.communes.ReplicatedCommunes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Announces the answers that became overdue, commune by commune (row-level security binds one at a time), in
 * batches; two replicas share the work, each skipping the rows the other holds.
 */
@Component
class RecommendationSchedule {

    private final RecommendationService recommendations;
    private final ReplicatedCommunes communes;
    private final int batch;

    RecommendationSchedule(
            RecommendationService recommendations,
            ReplicatedCommunes communes,
            @Value("${civiclimate.assembly.overdue-batch:200}") int batch) {
        this.recommendations = recommendations;
        this.communes = communes;
        this.batch = batch;
    }

    @Scheduled(
            initialDelayString = "${civiclimate.assembly.overdue-check-delay:45s}",
            fixedDelayString = "${civiclimate.assembly.overdue-check-interval:1h}")
    void announceOverdue() {
        communes.inEachCommune("Overdue answers announced", batch, () -> recommendations.announceOverdue(batch));
    }
}
