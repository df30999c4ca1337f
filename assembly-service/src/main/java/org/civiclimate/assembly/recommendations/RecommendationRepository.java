package org.civiclimate.assembly.recommendations;

import static org.civiclimate.assembly.db.Tables.AMENDMENT;
import static org.civiclimate.assembly.db.Tables.ASSESSMENT;
import static org.civiclimate.assembly.db.Tables.COMMUNE_RESPONSE;
import static org.civiclimate.assembly.db.Tables.FOLLOW_UP;
import static org.civiclimate.assembly.db.Tables.RECOMMENDATION;
import static org.civiclimate.assembly.db.Tables.RECOMMENDATION_FOLLOW;
import static org.civiclimate.assembly.db.Tables.RECOMMENDATION_VERSION;
import static org.civiclimate.assembly.db.Tables.VOTE_BALLOT;
import static org.civiclimate.assembly.db.Tables.VOTE_VOTER;
import static org.civiclimate.assembly.db.Tables.VOTING_RULE;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.civiclimate.assembly.db.tables.records.AmendmentRecord;
import org.civiclimate.assembly.db.tables.records.AssessmentRecord;
import org.civiclimate.assembly.db.tables.records.FollowUpRecord;
import org.civiclimate.assembly.db.tables.records.RecommendationRecord;
import org.civiclimate.assembly.recommendations.domain.AdoptionThreshold;
import org.civiclimate.assembly.recommendations.domain.Choice;
import org.civiclimate.assembly.recommendations.domain.Decision;
import org.civiclimate.assembly.recommendations.domain.FollowUpStatus;
import org.civiclimate.assembly.recommendations.domain.RecommendationStatus;
import org.civiclimate.assembly.recommendations.domain.ResponseDeadline;
import org.civiclimate.assembly.recommendations.domain.Secrecy;
import org.civiclimate.assembly.recommendations.domain.Tally;
import org.civiclimate.assembly.recommendations.domain.Verdict;
import org.civiclimate.assembly.recommendations.domain.VoteResult;
import org.civiclimate.assembly.recommendations.domain.VotingRule;
import org.civiclimate.platform.tenancy.CommuneId;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The commune's recommendations, their versions, amendments, votes, answers and follow-ups (row-level security). */
@Repository
class RecommendationRepository {

    private final DSLContext dsl;

    RecommendationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<VotingRule> rule(UUID assembly) {
        return dsl.selectFrom(VOTING_RULE)
                .where(VOTING_RULE.ASSEMBLY_ID.eq(assembly))
                .fetchOptional(r -> new VotingRule(
                        Secrecy.valueOf(r.getSecrecy()),
                        r.getQuorumPercent(),
                        AdoptionThreshold.valueOf(r.getThreshold()),
                        r.getResponseMonths()));
    }

    void saveRule(CommuneId commune, UUID assembly, VotingRule rule, String changedBy) {
        dsl.insertInto(VOTING_RULE)
                .set(VOTING_RULE.COMMUNE_ID, commune.value())
                .set(VOTING_RULE.ASSEMBLY_ID, assembly)
                .set(VOTING_RULE.SECRECY, rule.secrecy().name())
                .set(VOTING_RULE.QUORUM_PERCENT, rule.quorumPercent())
                .set(VOTING_RULE.THRESHOLD, rule.threshold().name())
                .set(VOTING_RULE.RESPONSE_MONTHS, rule.responseMonths())
                .set(VOTING_RULE.CHANGED_BY, changedBy)
                .onConflict(VOTING_RULE.COMMUNE_ID, VOTING_RULE.ASSEMBLY_ID)
                .doUpdate()
                .set(VOTING_RULE.SECRECY, rule.secrecy().name())
                .set(VOTING_RULE.QUORUM_PERCENT, rule.quorumPercent())
                .set(VOTING_RULE.THRESHOLD, rule.threshold().name())
                .set(VOTING_RULE.RESPONSE_MONTHS, rule.responseMonths())
                .set(VOTING_RULE.CHANGED_BY, changedBy)
                .set(VOTING_RULE.CHANGED_AT, DSL.currentOffsetDateTime())
                .execute();
    }

    void insert(CommuneId commune, UUID id, UUID assembly, DraftRequest draft, String createdBy) {
        dsl.insertInto(RECOMMENDATION)
                .set(RECOMMENDATION.COMMUNE_ID, commune.value())
                .set(RECOMMENDATION.ID, id)
                .set(RECOMMENDATION.ASSEMBLY_ID, assembly)
                .set(RECOMMENDATION.TOPIC, draft.topic().strip())
                .set(RECOMMENDATION.VERSION, 1)
                .set(RECOMMENDATION.TITLE, draft.title().strip())
                .set(RECOMMENDATION.BODY, draft.body().strip())
                .set(RECOMMENDATION.CREATED_BY, createdBy)
                .execute();
        insertVersion(commune, id, 1, draft.title().strip(), draft.body().strip(), null, createdBy);
    }

    /** The next version of the text, if {@code version} is still the current one (else false: changed meanwhile). */
    boolean newVersion(
            CommuneId commune,
            UUID id,
            int version,
            String title,
            String body,
            @Nullable UUID amendment,
            String changedBy) {
        int updated = dsl.update(RECOMMENDATION)
                .set(RECOMMENDATION.VERSION, version + 1)
                .set(RECOMMENDATION.TITLE, title)
                .set(RECOMMENDATION.BODY, body)
                .where(RECOMMENDATION.ID.eq(id), RECOMMENDATION.VERSION.eq(version))
                .and(RECOMMENDATION.STATUS.eq(RecommendationStatus.DRAFT.name()))
                .execute();
        if (updated == 0) {
            return false;
        }
        insertVersion(commune, id, version + 1, title, body, amendment, changedBy);
        return true;
    }

    private void insertVersion(
            CommuneId commune,
            UUID id,
            int version,
            String title,
            String body,
            @Nullable UUID amendment,
            String changedBy) {
        dsl.insertInto(RECOMMENDATION_VERSION)
                .set(RECOMMENDATION_VERSION.COMMUNE_ID, commune.value())
                .set(RECOMMENDATION_VERSION.RECOMMENDATION_ID, id)
                .set(RECOMMENDATION_VERSION.VERSION, version)
                .set(RECOMMENDATION_VERSION.TITLE, title)
                .set(RECOMMENDATION_VERSION.BODY, body)
                .set(RECOMMENDATION_VERSION.AMENDMENT_ID, amendment)
                .set(RECOMMENDATION_VERSION.CHANGED_BY, changedBy)
                .execute();
    }

    Optional<StoredRecommendation> find(UUID assembly, UUID id) {
        return dsl.selectFrom(RECOMMENDATION)
                .where(RECOMMENDATION.ASSEMBLY_ID.eq(assembly), RECOMMENDATION.ID.eq(id))
                .fetchOptional(RecommendationRepository::toStored);
    }

    /**
     * Holds the recommendation until the transaction ends: {@code exclusive} for changing its state (closing its
     * vote), shared for a ballot, so that a ballot counts in the result or finds the vote closed, never in between.
     */
    Optional<StoredRecommendation> lock(UUID assembly, UUID id, boolean exclusive) {
        var select =
                dsl.selectFrom(RECOMMENDATION).where(RECOMMENDATION.ASSEMBLY_ID.eq(assembly), RECOMMENDATION.ID.eq(id));
        return (exclusive ? select.forUpdate() : select.forShare()).fetchOptional(RecommendationRepository::toStored);
    }

    List<RecommendationSummary> summaries(UUID assembly, @Nullable RecommendationStatus status, LocalDate today) {
        var followUpStatus = latestFollowUp(FOLLOW_UP.STATUS);
        var progress = latestFollowUp(FOLLOW_UP.PROGRESS);
        return dsl.select(RECOMMENDATION.asterisk(), COMMUNE_RESPONSE.DECISION, followUpStatus, progress)
                .from(RECOMMENDATION)
                .leftJoin(COMMUNE_RESPONSE)
                .on(COMMUNE_RESPONSE.RECOMMENDATION_ID.eq(RECOMMENDATION.ID))
                .where(RECOMMENDATION.ASSEMBLY_ID.eq(assembly))
                .and(status == null ? DSL.noCondition() : RECOMMENDATION.STATUS.eq(status.name()))
                .orderBy(RECOMMENDATION.CREATED_AT.desc(), RECOMMENDATION.ID)
                .fetch(r -> {
                    var stored = toStored(r.into(RECOMMENDATION));
                    String decision = r.get(COMMUNE_RESPONSE.DECISION);
                    String followUp = r.get(followUpStatus);
                    var due = stored.responseDueOn();
                    return new RecommendationSummary(
                            stored.id(),
                            stored.topic(),
                            stored.title(),
                            stored.status(),
                            stored.version(),
                            stored.createdAt(),
                            stored.vote() == null ? null : stored.vote().closedAt(),
                            due,
                            decision == null ? null : Decision.valueOf(decision),
                            followUp == null ? null : FollowUpStatus.valueOf(followUp),
                            r.get(progress),
                            due != null && decision == null && ResponseDeadline.isOverdue(due, null, today));
                });
    }

    /** A field of the latest follow-up of the recommendation in the outer query. */
    private static <T> Field<T> latestFollowUp(Field<T> field) {
        return DSL.field(DSL.select(field)
                        .from(FOLLOW_UP)
                        .where(FOLLOW_UP.RECOMMENDATION_ID.eq(RECOMMENDATION.ID))
                        .orderBy(FOLLOW_UP.HAPPENED_ON.desc(), FOLLOW_UP.RECORDED_AT.desc())
                        .limit(1))
                .as("latest_" + field.getName());
    }

    List<RecommendationView.Version> versions(UUID id) {
        return dsl.selectFrom(RECOMMENDATION_VERSION)
                .where(RECOMMENDATION_VERSION.RECOMMENDATION_ID.eq(id))
                .orderBy(RECOMMENDATION_VERSION.VERSION)
                .fetch(r -> new RecommendationView.Version(
                        r.getVersion(), r.getTitle(), r.getBody(), r.getAmendmentId(), r.getChangedAt()));
    }

    void insertAmendment(
            CommuneId commune, UUID id, UUID recommendation, AmendmentRequest request, String userId, String name) {
        dsl.insertInto(AMENDMENT)
                .set(AMENDMENT.COMMUNE_ID, commune.value())
                .set(AMENDMENT.ID, id)
                .set(AMENDMENT.RECOMMENDATION_ID, recommendation)
                .set(AMENDMENT.ON_VERSION, request.onVersion())
                .set(AMENDMENT.BODY, request.body().strip())
                .set(AMENDMENT.RATIONALE, request.rationale().strip())
                .set(AMENDMENT.PROPOSED_BY, userId)
                .set(AMENDMENT.PROPOSER_NAME, name)
                .execute();
    }

    List<AmendmentView> amendments(UUID recommendation, String callerId) {
        return dsl.selectFrom(AMENDMENT)
                .where(AMENDMENT.RECOMMENDATION_ID.eq(recommendation))
                .orderBy(AMENDMENT.PROPOSED_AT, AMENDMENT.ID)
                .fetch(r -> toAmendment(r, callerId));
    }

    /** The amendment, held until the transaction ends: of two facilitators deciding it at once, one does. */
    Optional<AmendmentView> lockAmendment(UUID recommendation, UUID id) {
        return dsl.selectFrom(AMENDMENT)
                .where(AMENDMENT.RECOMMENDATION_ID.eq(recommendation), AMENDMENT.ID.eq(id))
                .forUpdate()
                .fetchOptional(r -> toAmendment(r, ""));
    }

    void decideAmendment(UUID id, AmendmentView.Status status, @Nullable String note, String decidedBy) {
        dsl.update(AMENDMENT)
                .set(AMENDMENT.STATUS, status.name())
                .set(AMENDMENT.DECISION_NOTE, note)
                .set(AMENDMENT.DECIDED_BY, decidedBy)
                .set(AMENDMENT.DECIDED_AT, DSL.currentOffsetDateTime())
                .where(AMENDMENT.ID.eq(id))
                .execute();
    }

    void openVote(UUID id, UUID session, VotingRule rule) {
        dsl.update(RECOMMENDATION)
                .set(RECOMMENDATION.STATUS, RecommendationStatus.IN_VOTE.name())
                .set(RECOMMENDATION.VOTE_SESSION_ID, session)
                .set(RECOMMENDATION.VOTE_OPENED_AT, DSL.currentOffsetDateTime())
                .set(RECOMMENDATION.SECRECY, rule.secrecy().name())
                .set(RECOMMENDATION.QUORUM_PERCENT, rule.quorumPercent())
                .set(RECOMMENDATION.THRESHOLD, rule.threshold().name())
                .where(RECOMMENDATION.ID.eq(id))
                .execute();
    }

    /**
     * Casts a ballot: who voted (and how, in a named vote) in one row that the key keeps single, the choice in an
     * unlinked one. False if the member has voted already.
     */
    boolean cast(CommuneId commune, UUID recommendation, String userId, String name, Choice choice, Secrecy secrecy) {
        int voted = dsl.insertInto(VOTE_VOTER)
                .set(VOTE_VOTER.COMMUNE_ID, commune.value())
                .set(VOTE_VOTER.RECOMMENDATION_ID, recommendation)
                .set(VOTE_VOTER.USER_ID, userId)
                .set(VOTE_VOTER.NAME, name)
                .set(VOTE_VOTER.CHOICE, secrecy == Secrecy.NAMED ? choice.name() : null)
                .onConflictDoNothing()
                .execute();
        if (voted == 0) {
            return false;
        }
        dsl.insertInto(VOTE_BALLOT)
                .set(VOTE_BALLOT.COMMUNE_ID, commune.value())
                .set(VOTE_BALLOT.RECOMMENDATION_ID, recommendation)
                .set(VOTE_BALLOT.ID, UUID.randomUUID())
                .set(VOTE_BALLOT.CHOICE, choice.name())
                .execute();
        return true;
    }

    Tally tally(UUID recommendation) {
        Map<String, Integer> counts = dsl.select(VOTE_BALLOT.CHOICE, DSL.count())
                .from(VOTE_BALLOT)
                .where(VOTE_BALLOT.RECOMMENDATION_ID.eq(recommendation))
                .groupBy(VOTE_BALLOT.CHOICE)
                .fetchMap(r -> r.value1(), r -> r.value2());
        return new Tally(
                counts.getOrDefault(Choice.FOR.name(), 0),
                counts.getOrDefault(Choice.AGAINST.name(), 0),
                counts.getOrDefault(Choice.ABSTAIN.name(), 0));
    }

    int ballots(UUID recommendation) {
        return dsl.fetchCount(VOTE_VOTER, VOTE_VOTER.RECOMMENDATION_ID.eq(recommendation));
    }

    List<RecommendationView.Voter> voters(UUID recommendation) {
        return dsl.select(VOTE_VOTER.NAME, VOTE_VOTER.CHOICE)
                .from(VOTE_VOTER)
                .where(VOTE_VOTER.RECOMMENDATION_ID.eq(recommendation))
                .orderBy(VOTE_VOTER.NAME, VOTE_VOTER.USER_ID)
                .fetch(r -> new RecommendationView.Voter(
                        r.value1(), r.value2() == null ? null : Choice.valueOf(r.value2())));
    }

    /** Whether the user voted, and their choice in a named vote. */
    Optional<Optional<Choice>> ballotOf(UUID recommendation, String userId) {
        return dsl.select(VOTE_VOTER.CHOICE)
                .from(VOTE_VOTER)
                .where(VOTE_VOTER.RECOMMENDATION_ID.eq(recommendation), VOTE_VOTER.USER_ID.eq(userId))
                .fetchOptional(r -> Optional.ofNullable(r.value1()).map(Choice::valueOf));
    }

    void closeVote(UUID id, VoteResult result, @Nullable LocalDate responseDueOn) {
        dsl.update(RECOMMENDATION)
                .set(
                        RECOMMENDATION.STATUS,
                        (result.adopted() ? RecommendationStatus.ADOPTED : RecommendationStatus.NOT_ADOPTED).name())
                .set(RECOMMENDATION.SEATED, result.seated())
                .set(RECOMMENDATION.VOTES_FOR, result.tally().votesFor())
                .set(RECOMMENDATION.VOTES_AGAINST, result.tally().votesAgainst())
                .set(RECOMMENDATION.ABSTENTIONS, result.tally().abstentions())
                .set(RECOMMENDATION.QUORUM_MET, result.quorumMet())
                .set(RECOMMENDATION.VOTE_CLOSED_AT, DSL.currentOffsetDateTime())
                .set(RECOMMENDATION.RESPONSE_DUE_ON, responseDueOn)
                .where(RECOMMENDATION.ID.eq(id))
                .execute();
    }

    /** Publishes the commune's answer; false if it has answered already. */
    boolean answer(
            CommuneId commune, UUID recommendation, Decision decision, @Nullable String justification, String by) {
        return dsl.insertInto(COMMUNE_RESPONSE)
                        .set(COMMUNE_RESPONSE.COMMUNE_ID, commune.value())
                        .set(COMMUNE_RESPONSE.RECOMMENDATION_ID, recommendation)
                        .set(COMMUNE_RESPONSE.DECISION, decision.name())
                        .set(COMMUNE_RESPONSE.JUSTIFICATION, justification)
                        .set(COMMUNE_RESPONSE.PUBLISHED_BY, by)
                        .onConflictDoNothing()
                        .execute()
                == 1;
    }

    Optional<AnswerView> answerOf(UUID recommendation, @Nullable LocalDate dueOn, ZoneId zone) {
        return dsl.selectFrom(COMMUNE_RESPONSE)
                .where(COMMUNE_RESPONSE.RECOMMENDATION_ID.eq(recommendation))
                .fetchOptional(r -> new AnswerView(
                        Decision.valueOf(r.getDecision()),
                        r.getJustification(),
                        r.getPublishedAt(),
                        dueOn != null
                                && ResponseDeadline.wasAnsweredLate(
                                        dueOn,
                                        r.getPublishedAt()
                                                .atZoneSameInstant(zone)
                                                .toLocalDate())));
    }

    void insertFollowUp(CommuneId commune, UUID id, UUID recommendation, FollowUpRequest request, String by) {
        dsl.insertInto(FOLLOW_UP)
                .set(FOLLOW_UP.COMMUNE_ID, commune.value())
                .set(FOLLOW_UP.ID, id)
                .set(FOLLOW_UP.RECOMMENDATION_ID, recommendation)
                .set(FOLLOW_UP.STATUS, request.status().name())
                .set(FOLLOW_UP.PROGRESS, request.progress())
                .set(FOLLOW_UP.NOTE, request.note().strip())
                .set(FOLLOW_UP.HAPPENED_ON, request.on())
                .set(FOLLOW_UP.DEPARTMENT, request.department().strip())
                .set(FOLLOW_UP.RECORDED_BY, by)
                .execute();
    }

    /** The follow-up, oldest first. */
    List<FollowUpView> followUps(UUID recommendation) {
        return dsl.selectFrom(FOLLOW_UP)
                .where(FOLLOW_UP.RECOMMENDATION_ID.eq(recommendation))
                .orderBy(FOLLOW_UP.HAPPENED_ON, FOLLOW_UP.RECORDED_AT)
                .fetch(RecommendationRepository::toFollowUp);
    }

    static FollowUpView toFollowUp(FollowUpRecord r) {
        return new FollowUpView(
                r.getId(),
                FollowUpStatus.valueOf(r.getStatus()),
                r.getProgress(),
                r.getNote(),
                r.getHappenedOn(),
                r.getDepartment(),
                r.getRecordedAt());
    }

    /** Records the assessment made at the session, replacing one recorded there before. */
    void assess(CommuneId commune, UUID recommendation, AssessmentRequest request, String by) {
        dsl.insertInto(ASSESSMENT)
                .set(ASSESSMENT.COMMUNE_ID, commune.value())
                .set(ASSESSMENT.ID, UUID.randomUUID())
                .set(ASSESSMENT.RECOMMENDATION_ID, recommendation)
                .set(ASSESSMENT.SESSION_ID, request.sessionId())
                .set(ASSESSMENT.VERDICT, request.verdict().name())
                .set(ASSESSMENT.COMMENT, request.comment().strip())
                .set(ASSESSMENT.RECORDED_BY, by)
                .onConflict(ASSESSMENT.COMMUNE_ID, ASSESSMENT.RECOMMENDATION_ID, ASSESSMENT.SESSION_ID)
                .doUpdate()
                .set(ASSESSMENT.VERDICT, request.verdict().name())
                .set(ASSESSMENT.COMMENT, request.comment().strip())
                .set(ASSESSMENT.RECORDED_BY, by)
                .set(ASSESSMENT.RECORDED_AT, DSL.currentOffsetDateTime())
                .execute();
    }

    /** The assessments, oldest first. */
    List<AssessmentView> assessments(UUID recommendation) {
        return dsl.selectFrom(ASSESSMENT)
                .where(ASSESSMENT.RECOMMENDATION_ID.eq(recommendation))
                .orderBy(ASSESSMENT.RECORDED_AT)
                .fetch(RecommendationRepository::toAssessment);
    }

    static AssessmentView toAssessment(AssessmentRecord r) {
        return new AssessmentView(r.getSessionId(), Verdict.valueOf(r.getVerdict()), r.getComment(), r.getRecordedAt());
    }

    /** Follows the recommendation; false if the user did already. */
    boolean follow(CommuneId commune, UUID recommendation, String userId) {
        return dsl.insertInto(RECOMMENDATION_FOLLOW)
                        .set(RECOMMENDATION_FOLLOW.COMMUNE_ID, commune.value())
                        .set(RECOMMENDATION_FOLLOW.RECOMMENDATION_ID, recommendation)
                        .set(RECOMMENDATION_FOLLOW.USER_ID, userId)
                        .onConflictDoNothing()
                        .execute()
                == 1;
    }

    void unfollow(UUID recommendation, String userId) {
        dsl.deleteFrom(RECOMMENDATION_FOLLOW)
                .where(RECOMMENDATION_FOLLOW.RECOMMENDATION_ID.eq(recommendation))
                .and(RECOMMENDATION_FOLLOW.USER_ID.eq(userId))
                .execute();
    }

    List<String> followers(UUID recommendation) {
        return dsl.select(RECOMMENDATION_FOLLOW.USER_ID)
                .from(RECOMMENDATION_FOLLOW)
                .where(RECOMMENDATION_FOLLOW.RECOMMENDATION_ID.eq(recommendation))
                .orderBy(RECOMMENDATION_FOLLOW.FOLLOWED_AT, RECOMMENDATION_FOLLOW.USER_ID)
                .fetch(RECOMMENDATION_FOLLOW.USER_ID);
    }

    /** The vote sessions where the assembly adopted at least one of its recommendations. */
    List<UUID> adoptingVoteSessions(UUID assembly) {
        return dsl.selectDistinct(RECOMMENDATION.VOTE_SESSION_ID)
                .from(RECOMMENDATION)
                .where(
                        RECOMMENDATION.ASSEMBLY_ID.eq(assembly),
                        RECOMMENDATION.STATUS.eq(RecommendationStatus.ADOPTED.name()),
                        RECOMMENDATION.VOTE_SESSION_ID.isNotNull())
                .fetch(RECOMMENDATION.VOTE_SESSION_ID);
    }

    /**
     * Marks as announced up to {@code limit} adopted recommendations still unanswered after their due day, skipping
     * those another replica holds: each is announced overdue once.
     */
    List<StoredRecommendation> markOverdue(LocalDate today, int limit) {
        var due = dsl.selectFrom(RECOMMENDATION)
                .where(RECOMMENDATION.STATUS.eq(RecommendationStatus.ADOPTED.name()))
                .and(RECOMMENDATION.OVERDUE_ANNOUNCED_AT.isNull())
                .and(RECOMMENDATION.RESPONSE_DUE_ON.lt(today))
                .andNotExists(DSL.selectOne()
                        .from(COMMUNE_RESPONSE)
                        .where(COMMUNE_RESPONSE.RECOMMENDATION_ID.eq(RECOMMENDATION.ID)))
                .orderBy(RECOMMENDATION.RESPONSE_DUE_ON, RECOMMENDATION.ID)
                .limit(limit)
                .forUpdate()
                .skipLocked()
                .fetch(RecommendationRepository::toStored);
        if (!due.isEmpty()) {
            dsl.update(RECOMMENDATION)
                    .set(RECOMMENDATION.OVERDUE_ANNOUNCED_AT, DSL.currentOffsetDateTime())
                    .where(RECOMMENDATION.ID.in(
                            due.stream().map(StoredRecommendation::id).toList()))
                    .execute();
        }
        return due;
    }

    /** The person's ballots, drafts and amendments keep counting, under a pseudonym; their follows go. */
    void pseudonymise(String userId) {
        String alias = "erased-" + UUID.randomUUID();
        dsl.update(VOTE_VOTER)
                .set(VOTE_VOTER.USER_ID, alias)
                .set(VOTE_VOTER.NAME, "—")
                .where(VOTE_VOTER.USER_ID.eq(userId))
                .execute();
        dsl.update(AMENDMENT)
                .set(AMENDMENT.PROPOSED_BY, alias)
                .set(AMENDMENT.PROPOSER_NAME, "—")
                .where(AMENDMENT.PROPOSED_BY.eq(userId))
                .execute();
        dsl.update(RECOMMENDATION)
                .set(RECOMMENDATION.CREATED_BY, alias)
                .where(RECOMMENDATION.CREATED_BY.eq(userId))
                .execute();
        dsl.update(RECOMMENDATION_VERSION)
                .set(RECOMMENDATION_VERSION.CHANGED_BY, alias)
                .where(RECOMMENDATION_VERSION.CHANGED_BY.eq(userId))
                .execute();
        dsl.deleteFrom(RECOMMENDATION_FOLLOW)
                .where(RECOMMENDATION_FOLLOW.USER_ID.eq(userId))
                .execute();
    }

    private static AmendmentView toAmendment(AmendmentRecord r, String callerId) {
        return new AmendmentView(
                r.getId(),
                r.getOnVersion(),
                r.getBody(),
                r.getRationale(),
                r.getProposerName(),
                r.getProposedBy().equals(callerId),
                r.getProposedAt(),
                AmendmentView.Status.valueOf(r.getStatus()),
                r.getDecidedAt(),
                r.getDecisionNote());
    }

    static StoredRecommendation toStored(RecommendationRecord r) {
        StoredRecommendation.Vote vote = null;
        if (r.getVoteSessionId() != null) {
            var threshold = AdoptionThreshold.valueOf(r.getThreshold());
            var secrecy = Secrecy.valueOf(r.getSecrecy());
            VoteResult result = null;
            if (r.getVoteClosedAt() != null) {
                var rule = new VotingRule(secrecy, r.getQuorumPercent(), threshold, 1);
                result = new VoteResult(
                        new Tally(r.getVotesFor(), r.getVotesAgainst(), r.getAbstentions()),
                        r.getSeated(),
                        rule.quorumOf(r.getSeated()),
                        r.getQuorumMet(),
                        RecommendationStatus.ADOPTED.name().equals(r.getStatus()));
            }
            vote = new StoredRecommendation.Vote(
                    r.getVoteSessionId(),
                    r.getVoteOpenedAt(),
                    secrecy,
                    r.getQuorumPercent(),
                    threshold,
                    result,
                    r.getVoteClosedAt());
        }
        return new StoredRecommendation(
                r.getId(),
                r.getAssemblyId(),
                r.getTopic(),
                r.getVersion(),
                r.getTitle(),
                r.getBody(),
                RecommendationStatus.valueOf(r.getStatus()),
                r.getCreatedBy(),
                r.getCreatedAt(),
                vote,
                r.getResponseDueOn());
    }
}
