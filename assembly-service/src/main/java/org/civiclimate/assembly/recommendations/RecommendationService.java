package org.civiclimate.assembly.recommendations;

import jakarta.validation.Validator;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.civiclimate.assembly.assemblies.AssemblyService;
import org.civiclimate.assembly.assemblies.SeatHolder;
import org.civiclimate.assembly.attendance.AttendanceService;
import org.civiclimate.assembly.recommendations.domain.FollowUpStatus;
import org.civiclimate.assembly.recommendations.domain.RecommendationStatus;
import org.civiclimate.assembly.recommendations.domain.ResponseDeadline;
import org.civiclimate.assembly.recommendations.domain.VotingRule;
import org.civiclimate.assembly.sessions.SessionFacts;
import org.civiclimate.assembly.sessions.SessionService;
import org.civiclimate.platform.communes.CommuneAccess;
import org.civiclimate.platform.events.EventOutbox;
import org.civiclimate.platform.security.Caller;
import org.civiclimate.platform.tenancy.CommuneContext;
import org.civiclimate.platform.web.ApiProblem;
import org.civiclimate.platform.web.FieldChecks;
import org.civiclimate.platform.web.FieldCode;
import org.civiclimate.platform.web.ProblemTypes;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use cases of recommendations. Members of the commune read them; the assembly's members and the staff draft and
 * amend; the staff edit, decide amendments, open and close votes, answer and follow up; members recorded present at
 * the vote session vote.
 */
@Service
public class RecommendationService {

    private final RecommendationRepository recommendations;
    private final AssemblyService assemblies;
    private final SessionService sessions;
    private final AttendanceService attendance;
    private final CommuneAccess access;
    private final EventOutbox outbox;
    private final Validator validator;
    private final Clock clock;

    RecommendationService(
            RecommendationRepository recommendations,
            AssemblyService assemblies,
            SessionService sessions,
            AttendanceService attendance,
            CommuneAccess access,
            EventOutbox outbox,
            Validator validator,
            Clock clock) {
        this.recommendations = recommendations;
        this.assemblies = assemblies;
        this.sessions = sessions;
        this.attendance = attendance;
        this.access = access;
        this.outbox = outbox;
        this.validator = validator;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public VotingRule rule(UUID assembly) {
        assemblies.requireAssembly(assembly);
        return recommendations.rule(assembly).orElse(VotingRule.DEFAULT);
    }

    @Transactional
    public VotingRule changeRule(UUID assembly, VotingRuleRequest request, Caller caller) {
        access.requireStaff(caller);
        FieldChecks.of(validator, request).throwIfAny();
        assemblies.requireAssembly(assembly);
        var rule = new VotingRule(
                request.secrecy(), request.quorumPercent(), request.threshold(), request.responseMonths());
        recommendations.saveRule(CommuneContext.require(), assembly, rule, caller.userId());
        return rule;
    }

    @Transactional(readOnly = true)
    public List<RecommendationSummary> all(UUID assembly, @Nullable RecommendationStatus status) {
        assemblies.requireAssembly(assembly);
        return recommendations.summaries(assembly, status, assemblies.today());
    }

    @Transactional(readOnly = true)
    public RecommendationView get(UUID assembly, UUID id, Caller caller) {
        return view(find(assembly, id), caller);
    }

    /** A new draft, by one of the assembly's members or the staff, on one of the assembly's topics. */
    @Transactional
    public RecommendationView draft(UUID assembly, DraftRequest request, Caller caller) {
        var checks = FieldChecks.of(validator, request);
        var topics = assemblies.topics(assembly);
        requireSeatedOrStaff(assembly, caller);
        if (checks.isFine("topic")
                && !topics.isEmpty()
                && !topics.contains(request.topic().strip())) {
            checks.add("topic", FieldCode.ONE_OF, Map.of("allowed", topics), "is not one of the assembly's topics");
        }
        checks.throwIfAny();
        UUID id = UUID.randomUUID();
        recommendations.insert(CommuneContext.require(), id, assembly, request, caller.userId());
        return get(assembly, id, caller);
    }

    /** The staff edit a draft's text, against the version they read. */
    @Transactional
    public RecommendationView edit(UUID assembly, UUID id, EditRequest request, Caller caller) {
        access.requireStaff(caller);
        FieldChecks.of(validator, request).throwIfAny();
        var current = requireDraft(recommendations.lock(assembly, id, true));
        if (current.version() != request.editing()
                || !recommendations.newVersion(
                        CommuneContext.require(),
                        id,
                        current.version(),
                        request.title().strip(),
                        request.body().strip(),
                        null,
                        caller.userId())) {
            throw versionChanged(current.version());
        }
        return get(assembly, id, caller);
    }

    /** An amendment to the current version of a draft, by one of the assembly's members or the staff. */
    @Transactional
    public RecommendationView amend(UUID assembly, UUID id, AmendmentRequest request, Caller caller) {
        var checks = FieldChecks.of(validator, request);
        var current = requireDraft(recommendations.lock(assembly, id, false));
        var holder = requireSeatedOrStaff(assembly, caller);
        checks.throwIfAny();
        if (current.version() != request.onVersion()) {
            throw versionChanged(current.version());
        }
        String name = holder.map(SeatHolder::name).orElseGet(() -> staffName(caller));
        recommendations.insertAmendment(
                CommuneContext.require(), UUID.randomUUID(), id, request, caller.userId(), name);
        return get(assembly, id, caller);
    }

    /** The staff incorporate an amendment (its text becomes the next version) or decline it. */
    @Transactional
    public RecommendationView decide(
            UUID assembly, UUID id, UUID amendment, AmendmentDecisionRequest request, Caller caller) {
        access.requireStaff(caller);
        FieldChecks.of(validator, request).throwIfAny();
        var current = requireDraft(recommendations.lock(assembly, id, true));
        var proposed =
                recommendations.lockAmendment(id, amendment).orElseThrow(RecommendationProblems::amendmentNotFound);
        if (proposed.status() != AmendmentView.Status.PROPOSED) {
            throw new ApiProblem(RecommendationProblems.AMENDMENT_DECIDED, "The amendment was " + proposed.status());
        }
        String note = request.note() == null || request.note().isBlank()
                ? null
                : request.note().strip();
        if (request.incorporate()) {
            if (proposed.onVersion() != current.version()) {
                throw new ApiProblem(
                        RecommendationProblems.VERSION_CHANGED,
                        "The amendment was made to version " + proposed.onVersion() + ", the text is at version "
                                + current.version() + " now: decline it, or have it proposed again");
            }
            recommendations.newVersion(
                    CommuneContext.require(),
                    id,
                    current.version(),
                    current.title(),
                    proposed.body(),
                    amendment,
                    caller.userId());
        }
        recommendations.decideAmendment(
                amendment,
                request.incorporate() ? AmendmentView.Status.INCORPORATED : AmendmentView.Status.DECLINED,
                note,
                caller.userId());
        return get(assembly, id, caller);
    }

    /** Opens the vote on a draft at a vote session under way, under the assembly's rule of the moment. */
    @Transactional
    public RecommendationView openVote(UUID assembly, UUID id, VoteRequest request, Caller caller) {
        access.requireStaff(caller);
        var checks = FieldChecks.of(validator, request);
        checks.throwIfAny();
        requireDraft(recommendations.lock(assembly, id, true));
        var session = voteSession(assembly, request.sessionId(), checks);
        recommendations.openVote(id, session.id(), rule(assembly));
        return get(assembly, id, caller);
    }

    /** A ballot, once, by a member recorded present at the vote session. */
    @Transactional
    public RecommendationView cast(UUID assembly, UUID id, BallotRequest request, Caller caller) {
        FieldChecks.of(validator, request).throwIfAny();
        var current =
                recommendations.lock(assembly, id, false).orElseThrow(RecommendationProblems::recommendationNotFound);
        var vote = current.vote();
        if (current.status() != RecommendationStatus.IN_VOTE || vote == null) {
            throw new ApiProblem(RecommendationProblems.VOTE_NOT_OPEN, "The vote is not open: " + current.status());
        }
        var voter = attendance.presentAt(vote.sessionId()).stream()
                .filter(holder -> holder.userId().equals(caller.userId()))
                .findFirst()
                .orElseThrow(() -> new ApiProblem(
                        RecommendationProblems.NOT_A_VOTER,
                        "Only the members recorded present at the vote session vote"));
        if (!recommendations.cast(
                CommuneContext.require(), id, voter.userId(), voter.name(), request.choice(), vote.secrecy())) {
            throw new ApiProblem(RecommendationProblems.ALREADY_VOTED, "You have voted already");
        }
        return get(assembly, id, caller);
    }

    /**
     * Closes the vote and freezes its result; an adopted recommendation gets the day the commune must answer by and
     * is announced once. Closing a closed vote changes nothing.
     */
    @Transactional
    public RecommendationView closeVote(UUID assembly, UUID id, Caller caller) {
        access.requireStaff(caller);
        var current =
                recommendations.lock(assembly, id, true).orElseThrow(RecommendationProblems::recommendationNotFound);
        var vote = current.vote();
        if (vote == null) {
            throw new ApiProblem(RecommendationProblems.VOTE_NOT_OPEN, "No vote was opened on this recommendation");
        }
        if (vote.closedAt() != null) {
            return get(assembly, id, caller);
        }
        var session = sessions.facts(assembly, vote.sessionId());
        var rule = vote.rule(rule(assembly).responseMonths());
        int seated = assemblies.holdersOn(assembly, session.day()).size();
        var result = rule.decide(recommendations.tally(id), seated);
        var today = assemblies.today();
        var due = result.adopted() ? rule.responseDueOn(today) : null;
        recommendations.closeVote(id, result, due);
        var closed = find(assembly, id);
        if (due != null) {
            var commune = CommuneContext.require();
            outbox.publish(
                    commune,
                    new RecommendationAdopted(
                            commune.value(),
                            assembly,
                            id,
                            closed.topic(),
                            closed.title(),
                            closed.body(),
                            closed.version(),
                            result.tally().votesFor(),
                            result.tally().votesAgainst(),
                            result.tally().abstentions(),
                            closed.vote().closedAt(),
                            due));
        }
        return view(closed, caller);
    }

    /** The commune's answer, once; justified unless the recommendation is accepted whole. */
    @Transactional
    public RecommendationView answer(UUID assembly, UUID id, AnswerRequest request, Caller caller) {
        access.requireStaff(caller);
        var checks = FieldChecks.of(validator, request);
        if (checks.isFine("decision")
                && request.decision().needsJustification()
                && (request.justification() == null || request.justification().isBlank())) {
            checks.add("justification", FieldCode.REQUIRED, "is required unless the recommendation is accepted whole");
        }
        checks.throwIfAny();
        var current = requireAdopted(recommendations.lock(assembly, id, true));
        String justification =
                request.justification() == null || request.justification().isBlank()
                        ? null
                        : request.justification().strip();
        if (!recommendations.answer(CommuneContext.require(), id, request.decision(), justification, caller.userId())) {
            throw new ApiProblem(RecommendationProblems.ALREADY_ANSWERED, "The commune has answered already");
        }
        var answer = recommendations
                .answerOf(id, current.responseDueOn(), assemblies.zone())
                .orElseThrow();
        var commune = CommuneContext.require();
        outbox.publish(
                commune,
                new ResponsePublished(
                        commune.value(),
                        assembly,
                        id,
                        current.title(),
                        answer.decision(),
                        answer.justification(),
                        answer.publishedAt(),
                        answer.late(),
                        recommendations.followers(id)));
        return get(assembly, id, caller);
    }

    /** A step of the follow-up of a recommendation the commune accepted, in whole or in part. */
    @Transactional
    public RecommendationView followUp(UUID assembly, UUID id, FollowUpRequest request, Caller caller) {
        access.requireStaff(caller);
        var checks = FieldChecks.of(validator, request);
        var today = assemblies.today();
        if (checks.isFine("on") && request.on().isAfter(today)) {
            checks.add("on", FieldCode.INVALID, "is in the future");
        }
        if (checks.isFine("status")
                && checks.isFine("progress")
                && request.status() == FollowUpStatus.DONE
                && request.progress() != 100) {
            checks.add("progress", FieldCode.INVALID, Map.of("allowed", List.of(100)), "is 100 once done");
        }
        checks.throwIfAny();
        var current = requireAdopted(recommendations.lock(assembly, id, true));
        requireFollowedUp(current);
        UUID followUp = UUID.randomUUID();
        recommendations.insertFollowUp(CommuneContext.require(), followUp, id, request, caller.userId());
        var commune = CommuneContext.require();
        outbox.publish(
                commune,
                new FollowUpUpdated(
                        commune.value(),
                        assembly,
                        id,
                        current.title(),
                        followUp,
                        request.status(),
                        request.progress(),
                        request.note().strip(),
                        request.on(),
                        request.department().strip(),
                        recommendations.followers(id)));
        return get(assembly, id, caller);
    }

    /** The assembly's assessment, recorded by the staff at a follow-up review session under way or held. */
    @Transactional
    public RecommendationView assess(UUID assembly, UUID id, AssessmentRequest request, Caller caller) {
        access.requireStaff(caller);
        var checks = FieldChecks.of(validator, request);
        checks.throwIfAny();
        var current = requireAdopted(recommendations.lock(assembly, id, true));
        var session = sessionIn(assembly, request.sessionId(), checks);
        if (session != null && !session.forReview()) {
            checks.add("sessionId", FieldCode.INVALID, "is not a follow-up review session");
        }
        checks.throwIfAny();
        requireStarted(session);
        if (recommendations
                .answerOf(id, current.responseDueOn(), assemblies.zone())
                .isEmpty()) {
            throw new ApiProblem(RecommendationProblems.NOT_ANSWERED, "The commune has not answered it yet");
        }
        recommendations.assess(CommuneContext.require(), id, request, caller.userId());
        return get(assembly, id, caller);
    }

    /**
     * Announces, once each, up to {@code limit} of the bound commune's adopted recommendations left unanswered past
     * their due day; how many it announced.
     */
    @Transactional
    public int announceOverdue(int limit) {
        var overdue = recommendations.markOverdue(assemblies.today(), limit);
        var commune = CommuneContext.require();
        for (var r : overdue) {
            outbox.publish(
                    commune,
                    new ResponseOverdue(
                            commune.value(),
                            r.assemblyId(),
                            r.id(),
                            r.title(),
                            r.responseDueOn(),
                            recommendations.followers(r.id())));
        }
        return overdue.size();
    }

    @Transactional
    public void erase(String userId) {
        recommendations.pseudonymise(userId);
    }

    private RecommendationView view(StoredRecommendation r, Caller caller) {
        var zone = assemblies.zone();
        var answer = recommendations.answerOf(r.id(), r.responseDueOn(), zone).orElse(null);
        var due = r.responseDueOn();
        return new RecommendationView(
                r.id(),
                r.assemblyId(),
                r.topic(),
                r.version(),
                r.title(),
                r.body(),
                r.status(),
                r.createdAt(),
                recommendations.versions(r.id()),
                recommendations.amendments(r.id(), caller.userId()),
                r.vote() == null ? null : voteView(r, r.vote(), caller),
                due,
                due != null && answer == null && ResponseDeadline.isOverdue(due, null, assemblies.today()),
                answer,
                recommendations.followUps(r.id()),
                recommendations.assessments(r.id()));
    }

    private RecommendationView.VoteView voteView(
            StoredRecommendation r, StoredRecommendation.Vote vote, Caller caller) {
        var mine = recommendations.ballotOf(r.id(), caller.userId());
        boolean open = vote.closedAt() == null;
        boolean mayVote = open
                && mine.isEmpty()
                && attendance.presentAt(vote.sessionId()).stream()
                        .anyMatch(holder -> holder.userId().equals(caller.userId()));
        return new RecommendationView.VoteView(
                vote.sessionId(),
                vote.openedAt(),
                vote.closedAt(),
                vote.secrecy(),
                vote.quorumPercent(),
                vote.threshold(),
                recommendations.ballots(r.id()),
                vote.result(),
                mine.isPresent(),
                mayVote,
                mine.flatMap(choice -> choice).orElse(null),
                access.isStaff(caller) ? recommendations.voters(r.id()) : List.of());
    }

    private StoredRecommendation find(UUID assembly, UUID id) {
        assemblies.requireAssembly(assembly);
        return recommendations.find(assembly, id).orElseThrow(RecommendationProblems::recommendationNotFound);
    }

    private StoredRecommendation requireDraft(Optional<StoredRecommendation> found) {
        var r = found.orElseThrow(RecommendationProblems::recommendationNotFound);
        if (r.status() != RecommendationStatus.DRAFT) {
            throw new ApiProblem(RecommendationProblems.NOT_A_DRAFT, "The recommendation is " + r.status() + " now");
        }
        return r;
    }

    private StoredRecommendation requireAdopted(Optional<StoredRecommendation> found) {
        var r = found.orElseThrow(RecommendationProblems::recommendationNotFound);
        if (r.status() != RecommendationStatus.ADOPTED) {
            throw new ApiProblem(RecommendationProblems.NOT_ADOPTED, "The recommendation is " + r.status());
        }
        return r;
    }

    private void requireFollowedUp(StoredRecommendation r) {
        var answer = recommendations.answerOf(r.id(), r.responseDueOn(), assemblies.zone());
        if (answer.isEmpty() || !answer.get().decision().isFollowedUp()) {
            throw new ApiProblem(
                    RecommendationProblems.NOT_ANSWERED,
                    "Only what the commune accepted, in whole or in part, is followed up");
        }
    }

    /** The caller's seat in the assembly today, if any; 403 unless seated or staff. */
    private Optional<SeatHolder> requireSeatedOrStaff(UUID assembly, Caller caller) {
        var seat = assemblies.holdersOn(assembly, assemblies.today()).stream()
                .filter(holder -> holder.userId().equals(caller.userId()))
                .findFirst();
        if (seat.isEmpty() && !access.isStaff(caller)) {
            throw new ApiProblem(
                    RecommendationProblems.NOT_SEATED, "Only the assembly's members and the commune's staff do this");
        }
        return seat;
    }

    private SessionFacts voteSession(UUID assembly, UUID sessionId, FieldChecks checks) {
        var session = sessionIn(assembly, sessionId, checks);
        if (session != null && !session.forVoting()) {
            checks.add("sessionId", FieldCode.INVALID, "is not a vote session");
        }
        checks.throwIfAny();
        requireStarted(session);
        return session;
    }

    private @Nullable SessionFacts sessionIn(UUID assembly, UUID sessionId, FieldChecks checks) {
        try {
            return sessions.facts(assembly, sessionId);
        } catch (ApiProblem problem) {
            if (problem.type() != ProblemTypes.NOT_FOUND) {
                throw problem;
            }
            checks.add("sessionId", FieldCode.NOT_FOUND, "is not a session of this assembly");
            return null;
        }
    }

    private void requireStarted(@Nullable SessionFacts session) {
        if (session == null || !session.isUnderWayOrHeld(clock.instant())) {
            throw new ApiProblem(
                    RecommendationProblems.SESSION_NOT_STARTED, "The session is cancelled or has not started yet");
        }
    }

    private static String staffName(Caller caller) {
        return caller.name() != null && !caller.name().isBlank() ? caller.name() : "Staff";
    }

    private static ApiProblem versionChanged(int version) {
        return new ApiProblem(
                RecommendationProblems.VERSION_CHANGED,
                "The recommendation's text is at version " + version + " now: reload it");
    }
}
