package org.civiclimate.assembly.seating;

import io.swagger.v3.oas.annotations.Operation;
import java.util.UUID;
import org.civiclimate.platform.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/communes/{slug}/assembly/assemblies/{assembly}/draws/{draw}/seating}: staff offer a completed draw's
 * panel its seats, follow the answers and record a refusal told them otherwise. Staff only.
 */
@RestController
@RequestMapping("/api/communes/{slug}/assembly/assemblies/{assembly}/draws/{draw}/seating")
class SeatingResource {

    private final SeatingService seatings;

    SeatingResource(SeatingService seatings) {
        this.seatings = seatings;
    }

    @Operation(
            operationId = "startSeating",
            summary = "Offer the drawn panel its seats by email, each to answer within the days given; once per draw"
                    + " (staff)")
    @PostMapping
    SeatingView start(
            @PathVariable String slug,
            @PathVariable UUID assembly,
            @PathVariable UUID draw,
            @RequestBody SeatingRequest request,
            Caller caller) {
        return seatings.start(assembly, draw, request, caller);
    }

    @Operation(operationId = "getSeating", summary = "The panel's seat offers and their answers (staff)")
    @GetMapping
    SeatingView get(@PathVariable String slug, @PathVariable UUID assembly, @PathVariable UUID draw, Caller caller) {
        return seatings.seating(assembly, draw, caller);
    }

    @Operation(
            operationId = "recordSeatRefusal",
            summary = "Record a refusal the person told staff of; the next reserve that keeps the quotas is offered"
                    + " the seat (staff)")
    @PostMapping("/offers/{offer}/refusal")
    SeatingView refuse(
            @PathVariable String slug,
            @PathVariable UUID assembly,
            @PathVariable UUID draw,
            @PathVariable UUID offer,
            Caller caller) {
        return seatings.refuseFor(assembly, draw, offer, caller);
    }

    @Operation(
            operationId = "replaceWithdrawnMember",
            summary = "Replace a member seated by this draw who withdrew: the reserve who best keeps the quotas is"
                    + " offered the seat, and the replacement recorded; asked again, nothing changes (staff)")
    @PostMapping("/offers/{offer}/replacement")
    SeatingView replace(
            @PathVariable String slug,
            @PathVariable UUID assembly,
            @PathVariable UUID draw,
            @PathVariable UUID offer,
            Caller caller) {
        return seatings.replace(assembly, draw, offer, caller);
    }
}
