package org.civiclimate.tenant.commune;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import org.civiclimate.platform.security.Caller;
import org.civiclimate.platform.tenancy.CommuneContext;
import org.civiclimate.platform.web.PageResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/communes}: create, find and list communes. */
@RestController
@RequestMapping("/api/communes")
class CommuneResource {

    private final CommuneService communes;
    private final OnboardingService onboarding;

    CommuneResource(CommuneService communes, OnboardingService onboarding) {
        this.communes = communes;
        this.onboarding = onboarding;
    }

    @PostMapping
    ResponseEntity<CommuneResponse> create(@Valid @RequestBody CreateCommuneRequest request, Caller caller) {
        var commune = onboarding.create(request, caller);
        return ResponseEntity.created(URI.create("/api/communes/" + commune.slug()))
                .body(CommuneResponse.of(commune));
    }

    /** The commune named in the path; the tenancy filter already answered 404 if there is none. */
    @GetMapping("/{slug}")
    CommuneResponse get(@PathVariable String slug) {
        return CommuneResponse.of(communes.get(CommuneContext.require()));
    }

    @GetMapping
    PageResponse<CommuneResponse> list(
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return communes.list(page, size).map(CommuneResponse::of);
    }
}
