package org.civiclimate.assembly.draws;

import io.swagger.v3.oas.annotations.Operation;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/public/communes/{slug}/assembly/draws/{draw}}: a completed draw's public audit, signed out, and its
 * record to download and re-run ({@code ReplayDrawCommand}). Nothing personal: volunteers by pseudonym only.
 */
@RestController
@RequestMapping("/api/public/communes/{slug}/assembly/draws/{draw}")
class PublicDrawResource {

    private final DrawService draws;

    PublicDrawResource(DrawService draws) {
        this.draws = draws;
    }

    @Operation(operationId = "getPublicDraw", summary = "A completed draw's public audit (anyone)")
    @GetMapping
    PublicDraw get(@PathVariable String slug, @PathVariable UUID draw) {
        return draws.publicDraw(draw);
    }

    @Operation(
            operationId = "downloadDrawRecord",
            summary = "A completed draw's record, to re-run its sampling on any machine (anyone)")
    @GetMapping(value = "/record", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> record(@PathVariable String slug, @PathVariable UUID draw) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"draw-" + draw + ".json\"")
                .contentType(MediaType.APPLICATION_JSON)
                .body(draws.publicRecord(draw));
    }
}
