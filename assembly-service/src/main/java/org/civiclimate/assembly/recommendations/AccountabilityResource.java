package org.civiclimate.assembly.recommendations;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.civiclimate.platform.security.Caller;
import org.civiclimate.platform.web.PageResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/public/communes/{slug}/assembly}: the commune's public account of its assemblies' adopted
 * recommendations, signed out: a filtered page, one recommendation at a stable address, and open data (CSV and JSON
 * with a data dictionary).
 */
@RestController
@RequestMapping("/api/public/communes/{slug}/assembly")
class AccountabilityResource {

    private final AccountabilityService accountability;

    AccountabilityResource(AccountabilityService accountability) {
        this.accountability = accountability;
    }

    @Operation(
            operationId = "listPublicRecommendations",
            summary = "Adopted recommendations with the commune's answers, newest first (anyone)")
    @GetMapping("/recommendations")
    PageResponse<PublicRecommendation> page(
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable @Size(max = 80) String topic,
            @RequestParam(required = false) @Nullable AnswerState answer,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) @Nullable @Size(max = 100) String q,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        String search = q == null || q.isBlank() ? null : q.strip();
        String onTopic = topic == null || topic.isBlank() ? null : topic;
        return accountability.page(new PublicFilter(onTopic, answer, overdue, search), page, size);
    }

    @Operation(operationId = "listPublicTopics", summary = "The topics of the adopted recommendations (anyone)")
    @GetMapping("/recommendations/topics")
    List<String> topics(@PathVariable String slug) {
        return accountability.topics();
    }

    @Operation(
            operationId = "getPublicRecommendation",
            summary = "An adopted recommendation and its follow-up (anyone)")
    @GetMapping("/recommendations/{id}")
    PublicRecommendation get(@PathVariable String slug, @PathVariable UUID id) {
        return accountability.get(id);
    }

    @Operation(
            operationId = "getFollowing",
            summary = "Whether you follow the recommendation (false signed out), and how many do (anyone)")
    @GetMapping("/recommendations/{id}/following")
    Following following(@PathVariable String slug, @PathVariable UUID id) {
        return accountability.following(id, Caller.current().orElse(null));
    }

    @Operation(
            operationId = "follow",
            summary = "Follow the recommendation: be told when it is answered, moves or is late (anyone signed in)")
    @PutMapping("/recommendations/{id}/following")
    Following follow(@PathVariable String slug, @PathVariable UUID id, Caller caller) {
        return accountability.follow(id, caller);
    }

    @Operation(operationId = "unfollow", summary = "Stop following the recommendation (anyone signed in)")
    @DeleteMapping("/recommendations/{id}/following")
    Following unfollow(@PathVariable String slug, @PathVariable UUID id, Caller caller) {
        return accountability.unfollow(id, caller);
    }

    @Operation(operationId = "getOpenDataCsv", summary = "Every adopted recommendation as CSV, one row each (anyone)")
    @GetMapping(value = "/open-data/recommendations.csv", produces = "text/csv")
    ResponseEntity<String> csv(@PathVariable String slug) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(slug + "-recommendations.csv")
                                .build()
                                .toString())
                .body(accountability.csv());
    }

    @Operation(
            operationId = "getOpenDataJson",
            summary = "Every adopted recommendation as JSON, the CSV's columns as keys")
    @GetMapping("/open-data/recommendations.json")
    List<Map<String, @Nullable Object>> json(@PathVariable String slug) {
        return accountability.json();
    }

    @Operation(operationId = "getOpenDataDictionary", summary = "What each open data column holds (anyone)")
    @GetMapping("/open-data/dictionary")
    List<OpenDataColumn.DictionaryEntry> dictionary(@PathVariable String slug) {
        return accountability.dictionary();
    }
}
