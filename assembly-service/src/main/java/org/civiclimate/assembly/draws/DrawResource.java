package org.civiclimate.assembly.draws;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.civiclimate.assembly.draws.domain.Quota;
import org.civiclimate.platform.security.Caller;
import org.civiclimate.platform.web.PageResponse;
import org.civiclimate.platform.web.TextRules;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/communes/{slug}/assembly/assemblies/{assembly}/draws}: staff prepare a draw (settings, quotas, pool),
 * run it as a job whose progress they follow, cancel it, and read its result. Staff only.
 */
@RestController
@RequestMapping("/api/communes/{slug}/assembly/assemblies/{assembly}/draws")
class DrawResource {

    private final DrawService draws;
    private final DrawRunner runner;

    DrawResource(DrawService draws, DrawRunner runner) {
        this.draws = draws;
        this.runner = runner;
    }

    @Operation(operationId = "listDraws", summary = "List the assembly's draws, newest first (staff)")
    @GetMapping
    List<DrawView> all(@PathVariable String slug, @PathVariable UUID assembly, Caller caller) {
        return draws.all(assembly, caller);
    }

    @Operation(
            operationId = "createDraw",
            summary = "Prepare a draw: panel, reserves, algorithm, announced seed (staff)")
    @ApiResponse(responseCode = "201", description = "Created")
    @PostMapping
    ResponseEntity<DrawView> create(
            @PathVariable String slug, @PathVariable UUID assembly, @RequestBody DrawRequest request, Caller caller) {
        var created = draws.create(assembly, request, caller);
        return ResponseEntity.created(URI.create(
                        "/api/communes/" + slug + "/assembly/assemblies/" + assembly + "/draws/" + created.id()))
                .body(created);
    }

    @Operation(
            operationId = "quotasFromShares",
            summary = "Quotas for a panel from census shares, to review before setting them (staff; stores nothing)")
    @PostMapping("/quotas-from-shares")
    List<Quota> quotasFromShares(
            @PathVariable String slug, @PathVariable UUID assembly, @RequestBody SharesRequest request, Caller caller) {
        return draws.quotasFromShares(assembly, request, caller);
    }

    @Operation(operationId = "getDraw", summary = "A draw: settings, quotas, pool size, and its run's progress (staff)")
    @GetMapping("/{draw}")
    DrawView get(@PathVariable String slug, @PathVariable UUID assembly, @PathVariable UUID draw, Caller caller) {
        return draws.get(assembly, draw, caller);
    }

    @Operation(operationId = "setDrawQuotas", summary = "Set the draw's quotas, replacing its earlier ones (staff)")
    @PutMapping("/{draw}/quotas")
    DrawView setQuotas(
            @PathVariable String slug,
            @PathVariable UUID assembly,
            @PathVariable UUID draw,
            @RequestBody QuotasRequest request,
            Caller caller) {
        return draws.setQuotas(assembly, draw, request, caller);
    }

    @Operation(
            operationId = "importDrawPool",
            summary = "Import the pool: the CSV file as the body (UTF-8; a column per feature, optional name, email,"
                    + " household), replacing the earlier pool; every row or none (staff)")
    @PutMapping(
            value = "/{draw}/pool",
            consumes = {"text/csv", "text/plain"})
    DrawView importPool(
            @PathVariable String slug,
            @PathVariable UUID assembly,
            @PathVariable UUID draw,
            @RequestBody(required = false) byte @Nullable [] csv,
            Caller caller) {
        // The body within the upload limit, as bytes (any Content-Type, or none): the parser reads it row by row.
        var reader = CsvSheet.utf8(new ByteArrayInputStream(csv == null ? new byte[0] : csv));
        return draws.importPool(assembly, draw, reader, caller);
    }

    @Operation(
            operationId = "listDrawVolunteers",
            summary = "The draw's pool, a page at a time, by name; q searches names, addresses and pseudonyms (staff)")
    @GetMapping("/{draw}/volunteers")
    PageResponse<PoolVolunteer> volunteers(
            @PathVariable String slug,
            @PathVariable UUID assembly,
            @PathVariable UUID draw,
            @RequestParam(required = false)
                    @Nullable
                    @Size(max = 100)
                    @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.ONE_LINE_MESSAGE)
                    String q,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size,
            Caller caller) {
        return draws.volunteers(assembly, draw, q, page, size, caller);
    }

    @Operation(
            operationId = "removeDrawVolunteer",
            summary = "Take a volunteer out of the pool before the run (their letter's code stays used) (staff)")
    @ApiResponse(responseCode = "204", description = "Removed")
    @DeleteMapping("/{draw}/volunteers/{pseudonym}")
    ResponseEntity<Void> removeVolunteer(
            @PathVariable String slug,
            @PathVariable UUID assembly,
            @PathVariable UUID draw,
            @PathVariable @Pattern(regexp = "[A-Z2-7]{10}") String pseudonym,
            Caller caller) {
        draws.removeVolunteer(assembly, draw, pseudonym, caller);
        return ResponseEntity.noContent().build();
    }

    @Operation(
            operationId = "runDraw",
            summary = "Run the draw: 202 once queued; 422 with the smallest relaxation if no panel keeps the quotas"
                    + " (staff)")
    @ApiResponse(responseCode = "202", description = "Queued")
    @PostMapping("/{draw}/run")
    ResponseEntity<DrawView> run(
            @PathVariable String slug, @PathVariable UUID assembly, @PathVariable UUID draw, Caller caller) {
        var queued = draws.requestRun(assembly, draw, caller);
        runner.wake(draw);
        return ResponseEntity.accepted().body(queued);
    }

    @Operation(operationId = "cancelDraw", summary = "Cancel the draw's run (staff)")
    @PostMapping("/{draw}/cancel")
    DrawView cancel(@PathVariable String slug, @PathVariable UUID assembly, @PathVariable UUID draw, Caller caller) {
        return draws.cancel(assembly, draw, caller);
    }

    @Operation(
            operationId = "getDrawResult",
            summary = "A completed draw's panel and reserves with contacts, its quota table and probabilities (staff)")
    @GetMapping("/{draw}/result")
    DrawResult result(@PathVariable String slug, @PathVariable UUID assembly, @PathVariable UUID draw, Caller caller) {
        return draws.result(assembly, draw, caller);
    }
}
