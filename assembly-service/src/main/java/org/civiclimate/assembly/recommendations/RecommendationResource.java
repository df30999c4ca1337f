package org.civiclimate.assembly.recommendations;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.civiclimate.assembly.recommendations.domain.RecommendationStatus;
import org.civiclimate.assembly.recommendations.domain.VotingRule;
import org.civiclimate.platform.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/communes/{slug}/assembly/assemblies/{assembly}}: the assembly's voting rule and its recommendations,
 * from draft to follow-up. Bodies are validated by the service, so that one 400 names every field at fault.
 */
@RestController
@RequestMapping("/api/communes/{slug}/assembly/assemblies/{assembly}")
class RecommendationResource {

    private final RecommendationService recommendations;

    RecommendationResource(RecommendationService recommendations) {
        this.recommendations = recommendations;
    }

    @Operation(operationId = "getVotingRule", summary = "How the assembly votes and how long the commune has to answer")
    @GetMapping("/voting-rule")
    VotingRule rule(@PathVariable String slug, @PathVariable UUID assembly) {
        return recommendations.rule(assembly);
    }

    @Operation(
            operationId = "changeVotingRule",
            summary = "Change how the assembly votes (staff; open votes keep theirs)")
    @PutMapping("/voting-rule")
    VotingRule changeRule(
            @PathVariable String slug,
            @PathVariable UUID assembly,
            @RequestBody VotingRuleRequest request,
            Caller caller) {
        return recommendations.changeRule(assembly, request, caller);
    }

    @Operation(operationId = "listRecommendations", summary = "The assembly's recommendations, newest first")
    @GetMapping("/recommendations")
    List<RecommendationSummary> all(
            @PathVariable String slug,
            @PathVariable UUID assembly,
            @RequestParam(required = false) @Nullable RecommendationStatus status) {
        return recommendations.all(assembly, status);
    }

    @Operation(operationId = "draftRecommendation", summary = "Draft a recommendation (the assembly's members, staff)")
    @ApiResponse(responseCode = "201", description = "Created")
    @PostMapping("/recommendations")
    ResponseEntity<RecommendationView> draft(
            @PathVariable String slug, @PathVariable UUID assembly, @RequestBody DraftRequest request, Caller caller) {
        var created = recommendations.draft(assembly, request, caller);
        return ResponseEntity.created(URI.create("/api/communes/" + slug + "/assembly/assemblies/" + assembly
                        + "/recommendations/" + created.id()))
                .body(created);
    }

    @Operation(
            operationId = "getRecommendation",
            summary = "A recommendation with its versions, amendments, vote and answer")
    @GetMapping("/recommendations/{id}")
    RecommendationView get(
            @PathVariable String slug, @PathVariable UUID assembly, @PathVariable UUID id, Caller caller) {
        return recommendations.get(assembly, id, caller);
    }

    @Operation(operationId = "editRecommendation", summary = "Edit a draft's text against the version read (staff)")
    @PutMapping("/recommendations/{id}")
    RecommendationView edit(
            @PathVariable String slug,
            @PathVariable UUID assembly,
            @PathVariable UUID id,
            @RequestBody EditRequest request,
            Caller caller) {
        return recommendations.edit(assembly, id, request, caller);
    }

    @Operation(operationId = "amendRecommendation", summary = "Propose an amendment (the assembly's members, staff)")
    @ApiResponse(responseCode = "201", description = "Created")
    @PostMapping("/recommendations/{id}/amendments")
    ResponseEntity<RecommendationView> amend(
            @PathVariable String slug,
            @PathVariable UUID assembly,
            @PathVariable UUID id,
            @RequestBody AmendmentRequest request,
            Caller caller) {
        return ResponseEntity.status(201).body(recommendations.amend(assembly, id, request, caller));
    }

    @Operation(operationId = "decideAmendment", summary = "Incorporate or decline an amendment (staff)")
    @PostMapping("/recommendations/{id}/amendments/{amendment}/decision")
    RecommendationView decide(
            @PathVariable String slug,
            @PathVariable UUID assembly,
            @PathVariable UUID id,
            @PathVariable UUID amendment,
            @RequestBody AmendmentDecisionRequest request,
            Caller caller) {
        return recommendations.decide(assembly, id, amendment, request, caller);
    }

    @Operation(operationId = "openVote", summary = "Put a draft to the vote at a vote session under way (staff)")
    @PostMapping("/recommendations/{id}/vote")
    RecommendationView openVote(
            @PathVariable String slug,
            @PathVariable UUID assembly,
            @PathVariable UUID id,
            @RequestBody VoteRequest request,
            Caller caller) {
        return recommendations.openVote(assembly, id, request, caller);
    }

    @Operation(operationId = "castBallot", summary = "Vote, once (members recorded present at the vote session)")
    @PostMapping("/recommendations/{id}/vote/ballots")
    RecommendationView cast(
            @PathVariable String slug,
            @PathVariable UUID assembly,
            @PathVariable UUID id,
            @RequestBody BallotRequest request,
            Caller caller) {
        return recommendations.cast(assembly, id, request, caller);
    }

    @Operation(
            operationId = "closeVote",
            summary = "Close the vote and freeze its result (staff; again changes nothing)")
    @PostMapping("/recommendations/{id}/vote/closure")
    RecommendationView closeVote(
            @PathVariable String slug, @PathVariable UUID assembly, @PathVariable UUID id, Caller caller) {
        return recommendations.closeVote(assembly, id, caller);
    }

    @Operation(operationId = "answerRecommendation", summary = "Publish the commune's answer, once (staff)")
    @PostMapping("/recommendations/{id}/answer")
    RecommendationView answer(
            @PathVariable String slug,
            @PathVariable UUID assembly,
            @PathVariable UUID id,
            @RequestBody AnswerRequest request,
            Caller caller) {
        return recommendations.answer(assembly, id, request, caller);
    }

    @Operation(operationId = "followUpRecommendation", summary = "Record a step of the follow-up (staff)")
    @ApiResponse(responseCode = "201", description = "Created")
    @PostMapping("/recommendations/{id}/follow-ups")
    ResponseEntity<RecommendationView> followUp(
            @PathVariable String slug,
            @PathVariable UUID assembly,
            @PathVariable UUID id,
            @RequestBody FollowUpRequest request,
            Caller caller) {
        return ResponseEntity.status(201).body(recommendations.followUp(assembly, id, request, caller));
    }

    @Operation(
            operationId = "assessRecommendation",
            summary = "Record the assembly's assessment at a follow-up review (staff)")
    @PostMapping("/recommendations/{id}/assessments")
    RecommendationView assess(
            @PathVariable String slug,
            @PathVariable UUID assembly,
            @PathVariable UUID id,
            @RequestBody AssessmentRequest request,
            Caller caller) {
        return recommendations.assess(assembly, id, request, caller);
    }
}
