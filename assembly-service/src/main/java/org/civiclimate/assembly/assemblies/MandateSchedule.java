package org.civiclimate.assembly.assemblies;

import org.civiclimate.platform.communes.ReplicatedCommunes;
import org.civiclimate.platform.tenancy.CommuneContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Ends mandates on schedule, commune by commune (row-level security binds one at a time), in batches so that a
 * commune whose whole cohort ends today does not hold one long transaction. Two replicas share the work: each batch
 * skips the rows the other has locked.
 */
@Component
class MandateSchedule {

    private static final Logger log = LoggerFactory.getLogger(MandateSchedule.class);

    private final AssemblyService assemblies;
    private final ReplicatedCommunes communes;
    private final int batch;

    MandateSchedule(
            AssemblyService assemblies,
            ReplicatedCommunes communes,
            @Value("${civiclimate.assembly.mandate-batch:200}") int batch) {
        this.assemblies = assemblies;
        this.communes = communes;
        this.batch = batch;
    }

    @Scheduled(
            initialDelayString = "${civiclimate.assembly.mandate-check-delay:30s}",
            fixedDelayString = "${civiclimate.assembly.mandate-check-interval:1h}")
    void endDueMandates() {
        for (var commune : communes.ids()) {
            var id = commune.value();
            try {
                int ended;
                do {
                    ended = CommuneContext.callAs(commune, () -> assemblies.endDueMandates(batch));
                    if (ended > 0) {
                        log.info("Ended {} mandates of commune {} on schedule", ended, id);
                    }
                } while (ended == batch);
            } catch (RuntimeException e) {
                // One commune's fault (its directory entry half-replicated) must not stop the others' mandates.
                log.warn("Could not end the due mandates of commune {}: {}", id, e.toString());
            }
        }
    }
}
