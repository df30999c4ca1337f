package org.civiclimate.assembly.seating;

import org.civiclimate.platform.communes.ReplicatedCommunes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Closes seat offers whose deadline passed, commune by commune (row-level security binds one at a time), each calling
 * the next reserve. Two replicas may both look: the seating's lock takes each panel's lapses one at a time.
 */
@Component
class SeatingSchedule {

    private final SeatingService seatings;
    private final ReplicatedCommunes communes;
    private final int batch;

    SeatingSchedule(
            SeatingService seatings,
            ReplicatedCommunes communes,
            @Value("${civiclimate.assembly.seating.batch:50}") int batch) {
        this.seatings = seatings;
        this.communes = communes;
        this.batch = batch;
    }

    @Scheduled(
            initialDelayString = "${civiclimate.assembly.seating.check-delay:45s}",
            fixedDelayString = "${civiclimate.assembly.seating.check-interval:5m}")
    void lapseDueOffers() {
        communes.inEachCommune("Draws whose lapsed seat offers were closed", batch, () -> seatings.lapseDue(batch));
    }
}
