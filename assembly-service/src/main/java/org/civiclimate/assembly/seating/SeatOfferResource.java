package org.civiclimate.assembly.seating;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.UUID;
import org.civiclimate.platform.communes.OpenToNonMembers;
import org.civiclimate.platform.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A seat offer as the person it went to answers it: {@code /api/public/communes/{slug}/assembly/seat-offers/{offer}}
 * to read or refuse it by its link, signed out; {@code /api/communes/{slug}/assembly/seat-offers/{offer}/acceptance}
 * to accept it, signed in with the address it went to, whether or not they are yet a member of the commune; and, for
 * anyone, a completed draw's replacements of members who withdrew.
 */
@RestController
class SeatOfferResource {

    private final SeatingService seatings;

    SeatOfferResource(SeatingService seatings) {
        this.seatings = seatings;
    }

    @Operation(
            operationId = "getPublicReplacements",
            summary = "A completed draw's replacements of members who withdrew, by pseudonym (anyone)")
    @GetMapping("/api/public/communes/{slug}/assembly/draws/{draw}/replacements")
    List<PublicReplacement> replacements(@PathVariable String slug, @PathVariable UUID draw) {
        return seatings.publicReplacements(draw);
    }

    @Operation(operationId = "getSeatOffer", summary = "A seat offer, as its link shows it (anyone with the link)")
    @GetMapping("/api/public/communes/{slug}/assembly/seat-offers/{offer}")
    PublicSeatOffer get(@PathVariable String slug, @PathVariable UUID offer) {
        return seatings.publicOffer(offer);
    }

    @Operation(
            operationId = "refuseSeatOffer",
            summary = "Refuse the seat offered, with the key of the email's link (or signed in with the address it went"
                    + " to); the next reserve is offered it")
    @PostMapping("/api/public/communes/{slug}/assembly/seat-offers/{offer}/refusal")
    PublicSeatOffer refuse(
            @PathVariable String slug,
            @PathVariable UUID offer,
            @RequestBody(required = false) @Nullable RefusalRequest request) {
        return seatings.refuse(offer, request == null ? null : request.key(), Caller.current());
    }

    @Operation(
            operationId = "acceptSeatOffer",
            summary = "Accept the seat offered, signed in with the verified address it went to: seated with a mandate"
                    + " (member of the commune or not)")
    @OpenToNonMembers
    @PostMapping("/api/communes/{slug}/assembly/seat-offers/{offer}/acceptance")
    PublicSeatOffer accept(@PathVariable String slug, @PathVariable UUID offer, Caller caller) {
        return seatings.accept(offer, caller);
    }
}
