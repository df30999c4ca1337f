package org.civiclimate.assembly.seating;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.civiclimate.assembly.assemblies.AssemblyService;
import org.civiclimate.assembly.draws.DropoutHistory;
import org.springframework.stereotype.Component;

/**
 * The dropouts seating saw, for the next draws' reserves: a person offered a seat dropped out if they refused it, let
 * it lapse, or withdrew once seated; offers still waiting tell nothing yet.
 */
@Component
class SeatingDropouts implements DropoutHistory {

    private final SeatingRepository seatings;
    private final AssemblyService assemblies;

    SeatingDropouts(SeatingRepository seatings, AssemblyService assemblies) {
        this.seatings = seatings;
        this.assemblies = assemblies;
    }

    @Override
    public List<Offered> offeredBefore(UUID draw) {
        var answered = seatings.answeredBefore(draw);
        var withdrawn = assemblies.withdrawnAmong(answered.stream()
                .map(SeatingRepository.PastOffer::mandateId)
                .filter(Objects::nonNull)
                .toList());
        return answered.stream()
                .map(offer -> new Offered(
                        offer.features(),
                        offer.status() != SeatOfferStatus.ACCEPTED
                                || (offer.mandateId() != null && withdrawn.contains(offer.mandateId()))))
                .toList();
    }
}
