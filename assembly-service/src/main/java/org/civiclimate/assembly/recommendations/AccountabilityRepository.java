package org.civiclimate.assembly.recommendations;

import static org.civiclimate.assembly.db.Tables.ASSEMBLY;
import static org.civiclimate.assembly.db.Tables.ASSESSMENT;
import static org.civiclimate.assembly.db.Tables.COMMUNE_RESPONSE;
import static org.civiclimate.assembly.db.Tables.FOLLOW_UP;
import static org.civiclimate.assembly.db.Tables.RECOMMENDATION;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.civiclimate.assembly.recommendations.domain.Decision;
import org.civiclimate.assembly.recommendations.domain.RecommendationStatus;
import org.civiclimate.assembly.recommendations.domain.ResponseDeadline;
import org.civiclimate.platform.web.SearchText;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/**
 * The commune's adopted recommendations as the public sees them: a page at a time with its follow-ups and latest
 * assessments fetched for the whole page at once (three queries, however long the page).
 */
@Repository
class AccountabilityRepository {

    private final DSLContext dsl;

    AccountabilityRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<PublicRecommendation> page(PublicFilter filter, LocalDate today, ZoneId zone, int page, int size) {
        return withHistory(rows(matching(filter, today), size, (long) page * size), today, zone);
    }

    /** One adopted recommendation, if the commune has it. */
    Optional<PublicRecommendation> find(UUID id, LocalDate today, ZoneId zone) {
        var condition = RECOMMENDATION.ID.eq(id).and(RECOMMENDATION.STATUS.eq(RecommendationStatus.ADOPTED.name()));
        return withHistory(rows(condition, 1, 0), today, zone).stream().findFirst();
    }

    private List<? extends Record> rows(Condition condition, int limit, long offset) {
        return dsl.select(RECOMMENDATION.asterisk(), ASSEMBLY.NAME, COMMUNE_RESPONSE.asterisk())
                .from(RECOMMENDATION)
                .join(ASSEMBLY)
                .on(ASSEMBLY.COMMUNE_ID.eq(RECOMMENDATION.COMMUNE_ID), ASSEMBLY.ID.eq(RECOMMENDATION.ASSEMBLY_ID))
                .leftJoin(COMMUNE_RESPONSE)
                .on(COMMUNE_RESPONSE.COMMUNE_ID.eq(RECOMMENDATION.COMMUNE_ID))
                .and(COMMUNE_RESPONSE.RECOMMENDATION_ID.eq(RECOMMENDATION.ID))
                .where(condition)
                .orderBy(RECOMMENDATION.VOTE_CLOSED_AT.desc(), RECOMMENDATION.ID)
                .limit(limit)
                .offset(offset)
                .fetch();
    }

    long count(PublicFilter filter, LocalDate today) {
        return dsl.selectCount()
                .from(RECOMMENDATION)
                .leftJoin(COMMUNE_RESPONSE)
                .on(COMMUNE_RESPONSE.COMMUNE_ID.eq(RECOMMENDATION.COMMUNE_ID))
                .and(COMMUNE_RESPONSE.RECOMMENDATION_ID.eq(RECOMMENDATION.ID))
                .where(matching(filter, today))
                .fetchOne(0, long.class);
    }

    /** The topics adopted recommendations were made on, for the page's filter. */
    List<String> topics() {
        return dsl.selectDistinct(RECOMMENDATION.TOPIC)
                .from(RECOMMENDATION)
                .where(RECOMMENDATION.STATUS.eq(RecommendationStatus.ADOPTED.name()))
                .orderBy(RECOMMENDATION.TOPIC)
                .fetch(RECOMMENDATION.TOPIC);
    }

    private static Condition matching(PublicFilter filter, LocalDate today) {
        Condition condition = RECOMMENDATION.STATUS.eq(RecommendationStatus.ADOPTED.name());
        if (filter.topic() != null) {
            condition = condition.and(RECOMMENDATION.TOPIC.eq(filter.topic()));
        }
        if (filter.answer() == AnswerState.UNANSWERED) {
            condition = condition.and(COMMUNE_RESPONSE.DECISION.isNull());
        } else if (filter.answer() != null) {
            condition =
                    condition.and(COMMUNE_RESPONSE.DECISION.eq(filter.answer().name()));
        }
        if (filter.overdueOnly()) {
            condition = condition.and(COMMUNE_RESPONSE.DECISION.isNull()).and(RECOMMENDATION.RESPONSE_DUE_ON.lt(today));
        }
        if (filter.search() != null) {
            String like = SearchText.containing(filter.search());
            condition = condition.and(RECOMMENDATION
                    .TITLE
                    .likeIgnoreCase(like, SearchText.ESCAPE)
                    .or(RECOMMENDATION.BODY.likeIgnoreCase(like, SearchText.ESCAPE))
                    .or(COMMUNE_RESPONSE.JUSTIFICATION.likeIgnoreCase(like, SearchText.ESCAPE)));
        }
        return condition;
    }

    private List<PublicRecommendation> withHistory(List<? extends Record> rows, LocalDate today, ZoneId zone) {
        var ids = rows.stream().map(r -> r.get(RECOMMENDATION.ID)).toList();
        var followUps = followUps(ids);
        var assessments = latestAssessments(ids);
        var page = new ArrayList<PublicRecommendation>(rows.size());
        for (var row : rows) {
            var stored = RecommendationRepository.toStored(row.into(RECOMMENDATION));
            var vote = stored.vote();
            var due = stored.responseDueOn();
            String decision = row.get(COMMUNE_RESPONSE.DECISION);
            AnswerView answer = null;
            if (decision != null) {
                var publishedAt = row.get(COMMUNE_RESPONSE.PUBLISHED_AT);
                answer = new AnswerView(
                        Decision.valueOf(decision),
                        row.get(COMMUNE_RESPONSE.JUSTIFICATION),
                        publishedAt,
                        ResponseDeadline.wasAnsweredLate(
                                due, publishedAt.atZoneSameInstant(zone).toLocalDate()));
            }
            page.add(new PublicRecommendation(
                    stored.id(),
                    row.get(ASSEMBLY.NAME),
                    stored.topic(),
                    stored.title(),
                    stored.body(),
                    vote.closedAt().atZoneSameInstant(zone).toLocalDate(),
                    vote.result(),
                    vote.threshold(),
                    due,
                    answer == null && ResponseDeadline.isOverdue(due, null, today),
                    answer,
                    followUps.getOrDefault(stored.id(), List.of()),
                    assessments.get(stored.id())));
        }
        return page;
    }

    private Map<UUID, List<FollowUpView>> followUps(Collection<UUID> ids) {
        var byRecommendation = new LinkedHashMap<UUID, List<FollowUpView>>();
        if (ids.isEmpty()) {
            return byRecommendation;
        }
        dsl.selectFrom(FOLLOW_UP)
                .where(FOLLOW_UP.RECOMMENDATION_ID.in(ids))
                .orderBy(FOLLOW_UP.HAPPENED_ON, FOLLOW_UP.RECORDED_AT)
                .forEach(r -> byRecommendation
                        .computeIfAbsent(r.getRecommendationId(), id -> new ArrayList<>())
                        .add(RecommendationRepository.toFollowUp(r)));
        return byRecommendation;
    }

    private Map<UUID, AssessmentView> latestAssessments(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return dsl
                .selectDistinct(ASSESSMENT.asterisk())
                .on(ASSESSMENT.RECOMMENDATION_ID)
                .from(ASSESSMENT)
                .where(ASSESSMENT.RECOMMENDATION_ID.in(ids))
                .orderBy(ASSESSMENT.RECOMMENDATION_ID, ASSESSMENT.RECORDED_AT.desc())
                .fetchInto(ASSESSMENT)
                .stream()
                .collect(java.util.stream.Collectors.toMap(
                        r -> r.getRecommendationId(), RecommendationRepository::toAssessment));
    }
}
