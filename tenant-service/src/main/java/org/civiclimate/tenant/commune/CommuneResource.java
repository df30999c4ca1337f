package org.civiclimate.tenant.commune;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.civiclimate.platform.security.Caller;
import org.civiclimate.platform.tenancy.CommuneContext;
import org.civiclimate.platform.web.PageResponse;
import org.civiclimate.platform.web.TextRules;
import org.civiclimate.tenant.commune.domain.CommuneStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/communes}: request a commune, follow its onboarding, retry or approve it, its admins change its details;
 * operators list, reject (a request awaiting approval), suspend and reinstate communes.
 */
@RestController
@RequestMapping("/api/communes")
class CommuneResource {

    private final CommuneService communes;
    private final OnboardingService onboarding;

    CommuneResource(CommuneService communes, OnboardingService onboarding) {
        this.communes = communes;
        this.onboarding = onboarding;
    }

    /** Accepted: the commune exists from now on, and is set up in the background (follow its status). */
    @Operation(operationId = "requestCommune", summary = "Request a commune")
    @ApiResponse(responseCode = "202", description = "Accepted: the commune is set up in the background")
    @ApiResponse(responseCode = "409", description = "The slug or the official code is taken")
    @ApiResponse(
            responseCode = "429",
            description = "Too many of the caller's requests are under way, or over the rate limit")
    @PostMapping
    ResponseEntity<CommuneResponse> create(@Valid @RequestBody CreateCommuneRequest request, Caller caller) {
        var commune = onboarding.request(request, caller);
        return ResponseEntity.accepted()
                .location(URI.create("/api/communes/" + commune.commune().slug()))
                .body(CommuneResponse.of(commune));
    }

    /** The commune named in the path, for its people and the operators; anyone may read its public card. */
    @Operation(operationId = "getCommune", summary = "Get a commune")
    @GetMapping("/{slug}")
    CommuneResponse get(@PathVariable String slug, Caller caller) {
        return CommuneResponse.of(communes.get(CommuneContext.require(), caller));
    }

    @Operation(operationId = "retryProvisioning", summary = "Retry setting up a commune")
    @ApiResponse(responseCode = "202", description = "Accepted: set-up starts again")
    @ApiResponse(responseCode = "409", description = "The commune is not in a status that allows this")
    @PostMapping("/{slug}/provisioning/retry")
    ResponseEntity<CommuneResponse> retry(@PathVariable String slug, Caller caller) {
        return ResponseEntity.accepted().body(CommuneResponse.of(communes.retry(CommuneContext.require(), caller)));
    }

    @Operation(operationId = "approveCommune", summary = "Approve a commune request")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "409", description = "The commune is not in a status that allows this")
    @PostMapping("/{slug}/approval")
    CommuneResponse approve(@PathVariable String slug, Caller caller) {
        return CommuneResponse.of(communes.approve(CommuneContext.require(), caller));
    }

    /** An operator rejects a request awaiting approval: its slug and official code are free again. */
    @Operation(operationId = "rejectCommune", summary = "Reject a commune request")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "409", description = "The commune is not in a status that allows this")
    @PostMapping("/{slug}/rejection")
    CommuneResponse reject(@PathVariable String slug, @Valid @RequestBody RejectionRequest request, Caller caller) {
        return CommuneResponse.of(
                communes.reject(CommuneContext.require(), request.reason().strip(), caller));
    }

    @Operation(operationId = "suspendCommune", summary = "Suspend a commune")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "409", description = "The commune is not in a status that allows this")
    @PutMapping("/{slug}/suspension")
    CommuneResponse suspend(@PathVariable String slug, @Valid @RequestBody SuspensionRequest request, Caller caller) {
        return CommuneResponse.of(
                communes.suspend(CommuneContext.require(), request.reason().strip(), caller));
    }

    @Operation(operationId = "reinstateCommune", summary = "Reinstate a suspended commune")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "409", description = "The commune is not in a status that allows this")
    @DeleteMapping("/{slug}/suspension")
    CommuneResponse reinstate(@PathVariable String slug, Caller caller) {
        return CommuneResponse.of(communes.reinstate(CommuneContext.require(), caller));
    }

    /** Newest first; {@code q} searches name (accents and case aside), slug and official code. */
    @Operation(operationId = "listCommunes", summary = "List communes")
    @GetMapping
    PageResponse<ListedCommuneResponse> list(
            @RequestParam(required = false) @Nullable CommuneStatus status,
            @RequestParam(required = false)
                    @Nullable
                    @Size(max = 100)
                    @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.ONE_LINE_MESSAGE)
                    String q,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
            Caller caller) {
        return communes.list(status, q, page, size, caller).map(ListedCommuneResponse::of);
    }

    /**
     * A JSON merge patch of the commune's details (RFC 7396: a field left out stays, a null description or postal
     * code list is removed); the slug, country and official code cannot be changed.
     */
    @Operation(operationId = "changeCommuneDetails", summary = "Change the commune's details (its admins)")
    @ApiResponse(responseCode = "200", description = "OK")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = {
                @Content(
                        mediaType = "application/merge-patch+json",
                        schema = @Schema(implementation = DetailsPatch.class)),
                @Content(mediaType = "application/json", schema = @Schema(implementation = DetailsPatch.class))
            })
    @PatchMapping(
            value = "/{slug}",
            consumes = {"application/merge-patch+json", "application/json"})
    CommuneResponse changeDetails(
            @PathVariable String slug, @RequestBody Map<String, @Nullable Object> patch, Caller caller) {
        return CommuneResponse.of(communes.changeDetails(CommuneContext.require(), patch, caller));
    }

    /**
     * The patch as documented for clients: read as a map, since a null (removal) and a field left out differ, and
     * checked by {@link org.civiclimate.tenant.commune.domain.CommuneDetailsChange}.
     */
    record DetailsPatch(
            @Nullable String name,
            @Nullable Integer population,
            @Nullable String contactEmail,
            @Nullable List<String> languages,
            @Nullable List<String> postalCodes,
            @Nullable String description) {}
}
