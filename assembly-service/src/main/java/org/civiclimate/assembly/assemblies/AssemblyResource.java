package org.civiclimate.assembly.assemblies;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.civiclimate.assembly.assemblies.domain.Mandate;
import org.civiclimate.assembly.assemblies.domain.MandateStatus;
import org.civiclimate.assembly.assemblies.domain.RotationPlan;
import org.civiclimate.platform.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/communes/{slug}/assembly/assemblies}: the commune's assemblies, their rotation plan and their seats.
 * Bodies are validated by the service, so that one 400 names every field at fault, the domain's rules included.
 */
@RestController
@RequestMapping("/api/communes/{slug}/assembly/assemblies")
class AssemblyResource {

    private final AssemblyService assemblies;

    AssemblyResource(AssemblyService assemblies) {
        this.assemblies = assemblies;
    }

    @Operation(operationId = "listAssemblies", summary = "List the commune's assemblies")
    @GetMapping
    List<AssemblyView> all(@PathVariable String slug) {
        return assemblies.all();
    }

    @Operation(operationId = "createAssembly", summary = "Create an assembly (staff)")
    @ApiResponse(responseCode = "201", description = "Created")
    @PostMapping
    ResponseEntity<AssemblyView> create(
            @PathVariable String slug, @RequestBody AssemblyRequest request, Caller caller) {
        var created = assemblies.create(request, caller);
        return ResponseEntity.created(URI.create("/api/communes/" + slug + "/assembly/assemblies/" + created.id()))
                .body(created);
    }

    @Operation(operationId = "getAssembly", summary = "Get one of the commune's assemblies")
    @GetMapping("/{assembly}")
    AssemblyView get(@PathVariable String slug, @PathVariable UUID assembly) {
        return assemblies.get(assembly);
    }

    @Operation(
            operationId = "getRotationPlan",
            summary = "Which seats are vacant and which fall vacant when: what the next draw must fill")
    @GetMapping("/{assembly}/rotation-plan")
    RotationPlan rotationPlan(@PathVariable String slug, @PathVariable UUID assembly) {
        return assemblies.rotationPlan(assembly);
    }

    @Operation(operationId = "listMandates", summary = "List the assembly's mandates (staff: personal data)")
    @GetMapping("/{assembly}/mandates")
    List<Mandate> mandates(
            @PathVariable String slug,
            @PathVariable UUID assembly,
            @RequestParam(required = false) @Nullable MandateStatus status,
            Caller caller) {
        return assemblies.mandates(assembly, status, caller);
    }

    @Operation(operationId = "getMyMandate", summary = "Your active mandate in the assembly (404 if you hold no seat)")
    @GetMapping("/{assembly}/mandates/mine")
    Mandate mine(@PathVariable String slug, @PathVariable UUID assembly, Caller caller) {
        return assemblies.mandateOf(assembly, caller);
    }

    @Operation(operationId = "seatMember", summary = "Seat a member of the commune by hand (staff)")
    @ApiResponse(responseCode = "201", description = "Created")
    @PostMapping("/{assembly}/mandates")
    ResponseEntity<Mandate> seat(
            @PathVariable String slug, @PathVariable UUID assembly, @RequestBody SeatRequest request, Caller caller) {
        var mandate = assemblies.seatByHand(assembly, request, caller);
        return ResponseEntity.created(URI.create(
                        "/api/communes/" + slug + "/assembly/assemblies/" + assembly + "/mandates/" + mandate.id()))
                .body(mandate);
    }

    @Operation(
            operationId = "seatMembersFromList",
            summary = "Seat the members of an imported list, all or none (staff; importing it again changes nothing)")
    @PostMapping("/{assembly}/mandates/import")
    SeatListResult seatFromList(
            @PathVariable String slug,
            @PathVariable UUID assembly,
            @RequestBody SeatListRequest request,
            Caller caller) {
        return assemblies.seatFromList(assembly, request, caller);
    }

    @Operation(operationId = "withdrawMandate", summary = "End a mandate before its term, with a reason (staff)")
    @PostMapping("/{assembly}/mandates/{mandate}/withdrawal")
    Mandate withdraw(
            @PathVariable String slug,
            @PathVariable UUID assembly,
            @PathVariable UUID mandate,
            @RequestBody WithdrawalRequest request,
            Caller caller) {
        return assemblies.withdraw(assembly, mandate, request, caller);
    }
}
