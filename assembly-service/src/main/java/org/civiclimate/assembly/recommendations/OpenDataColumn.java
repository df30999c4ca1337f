package org.civiclimate.assembly.recommendations;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The columns of the open data on adopted recommendations, in order: the CSV's header, the JSON's keys and the data
 * dictionary all come from here, so that they cannot disagree.
 */
enum OpenDataColumn {
    ID(
            "id",
            "uuid",
            "The recommendation's stable identifier; its page is /communes/{commune}/accountability/{id}",
            r -> r.id()),
    ASSEMBLY("assembly", "text", "The assembly that adopted it", r -> r.assembly()),
    TOPIC("topic", "text", "The assembly's topic it is on", r -> r.topic()),
    TITLE("title", "text", "Its title as adopted", r -> r.title()),
    BODY("body", "text", "Its text as adopted", r -> r.body()),
    ADOPTED_ON(
            "adopted_on", "date (ISO 8601)", "The day the vote closed, in the commune's time zone", r -> r.adoptedOn()),
    VOTES_FOR("votes_for", "integer", "Votes for", r -> r.result().tally().votesFor()),
    VOTES_AGAINST(
            "votes_against", "integer", "Votes against", r -> r.result().tally().votesAgainst()),
    ABSTENTIONS(
            "abstentions",
            "integer",
            "Abstentions (not votes cast; they count towards the quorum)",
            r -> r.result().tally().abstentions()),
    SEATED(
            "seated",
            "integer",
            "Seats held on the vote's day: the quorum's base",
            r -> r.result().seated()),
    THRESHOLD(
            "threshold",
            "SIMPLE_MAJORITY | TWO_THIRDS | CONSENSUS_80",
            "The share of the votes cast it needed",
            r -> r.threshold()),
    RESPONSE_DUE_ON("response_due_on", "date (ISO 8601)", "The day the commune must answer by", r -> r.responseDueOn()),
    OVERDUE("overdue", "boolean", "True while unanswered after its due day", r -> r.overdue()),
    DECISION(
            "decision",
            "ACCEPTED | PARTIALLY_ACCEPTED | REJECTED | empty",
            "The commune's answer; empty while it has not answered",
            r -> r.answer() == null ? null : r.answer().decision()),
    ANSWERED_AT(
            "answered_at",
            "timestamp (ISO 8601, UTC offset)",
            "When the answer was published",
            r -> r.answer() == null ? null : r.answer().publishedAt()),
    ANSWERED_LATE(
            "answered_late",
            "boolean | empty",
            "True when the answer came after the due day",
            r -> r.answer() == null ? null : r.answer().late()),
    JUSTIFICATION(
            "justification",
            "text",
            "Why the commune accepted it in part or rejected it",
            r -> r.answer() == null ? null : r.answer().justification()),
    FOLLOW_UP_STATUS(
            "follow_up_status",
            "PLANNED | IN_PROGRESS | STALLED | DONE | empty",
            "The latest follow-up's status",
            r -> r.followUps().isEmpty() ? null : r.followUps().getLast().status()),
    PROGRESS(
            "progress",
            "integer 0-100 | empty",
            "The latest follow-up's progress in percent",
            r -> r.followUps().isEmpty() ? null : r.followUps().getLast().progress()),
    LAST_FOLLOW_UP_ON(
            "last_follow_up_on",
            "date (ISO 8601)",
            "The day of the latest follow-up",
            r -> r.followUps().isEmpty() ? null : r.followUps().getLast().on()),
    ASSESSMENT(
            "assessment",
            "SATISFIED | PARTLY_SATISFIED | NOT_SATISFIED | empty",
            "The assembly's latest assessment of what the commune did",
            r -> r.assessment() == null ? null : r.assessment().verdict());

    private final String key;
    private final String type;
    private final String description;
    private final Function<PublicRecommendation, @Nullable Object> value;

    OpenDataColumn(
            String key, String type, String description, Function<PublicRecommendation, @Nullable Object> value) {
        this.key = key;
        this.type = type;
        this.description = description;
        this.value = value;
    }

    String key() {
        return key;
    }

    @Nullable
    Object valueOf(PublicRecommendation recommendation) {
        return value.apply(recommendation);
    }

    /** The column as the data dictionary describes it. */
    DictionaryEntry describe() {
        return new DictionaryEntry(key, type, description);
    }

    record DictionaryEntry(String column, String type, String description) {}
}
