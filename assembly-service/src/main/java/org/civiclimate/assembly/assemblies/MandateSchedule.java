package org.civiclimate.assembly.assemblies;

import org.civiclimate.platform.communes.ReplicatedCommunes;
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
        communes.inEachCommune("Mandates ended on schedule", batch, () -> assemblies.endDueMandates(batch));
    }
}
