package org.civiclimate.assembly.recommendations;

import org.civiclimate.platform.communes.ReplicatedCommunes;
import org.civiclimate.platform.tenancy.CommuneContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Announces the answers that became overdue, commune by commune (row-level security binds one at a time), in
 * batches; two replicas share the work, each skipping the rows the other holds.
 */
@Component
class RecommendationSchedule {

    private static final Logger log = LoggerFactory.getLogger(RecommendationSchedule.class);

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
        for (var commune : communes.ids()) {
            try {
                int announced;
                do {
                    announced = CommuneContext.callAs(commune, () -> recommendations.announceOverdue(batch));
                    if (announced > 0) {
                        log.info("Announced {} overdue answers of commune {}", announced, commune.value());
                    }
                } while (announced == batch);
            } catch (RuntimeException e) {
                // One commune's fault must not keep the others' notices back.
                log.warn("Could not announce the overdue answers of commune {}: {}", commune.value(), e.toString());
            }
        }
    }
}
