package org.civiclimate.tenant.commune;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.civiclimate.platform.web.PageResponse;
import org.civiclimate.platform.web.TextRules;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/public/communes}: the public directory of active communes, for anyone, signed in or not. */
@RestController
class DirectoryResource {

    private final CommuneService communes;

    DirectoryResource(CommuneService communes) {
        this.communes = communes;
    }

    /**
     * {@code q}: anywhere in the name (accents and case aside), or the start of a postal code or official code;
     * {@code country}: an ISO 3166-1 alpha-2 code.
     */
    @Operation(
            operationId = "listPublicCommunes",
            summary = "Find active communes by name, postal code or official code")
    @GetMapping("/api/public/communes")
    PageResponse<DirectoryEntry> directory(
            @RequestParam(required = false)
                    @Nullable
                    @Size(max = 100)
                    @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.ONE_LINE_MESSAGE)
                    String q,
            @RequestParam(required = false)
                    @Nullable
                    @Pattern(regexp = "[A-Za-z]{2}", message = "must be an ISO 3166-1 alpha-2 code, e.g. BE")
                    String country,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(50) int size) {
        return communes.directory(q, country == null ? null : country.toUpperCase(Locale.ROOT), page, size);
    }
}
