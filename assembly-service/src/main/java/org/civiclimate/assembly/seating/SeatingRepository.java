package org.civiclimate.assembly.seating;

import static org.civiclimate.assembly.db.Tables.DRAW;
import static org.civiclimate.assembly.db.Tables.DRAW_SEATING;
import static org.civiclimate.assembly.db.Tables.DRAW_VOLUNTEER;
import static org.civiclimate.assembly.db.Tables.SEAT_OFFER;
import static org.civiclimate.assembly.db.Tables.SEAT_REPLACEMENT;

import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.civiclimate.platform.tenancy.CommuneId;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The commune's drawn panels' seatings and their offers (row-level security keeps each commune to its own). */
@Repository
class SeatingRepository {

    private static final TypeReference<Map<String, String>> FEATURES = new TypeReference<>() {};

    private final DSLContext dsl;
    private final JsonMapper json;

    SeatingRepository(DSLContext dsl, JsonMapper json) {
        this.dsl = dsl;
        this.json = json;
    }

    /** A draw's seating: how long each offer stays open, when mandates start, since when. */
    record Seating(UUID drawId, int answerDays, @Nullable LocalDate startsOn, OffsetDateTime startedAt) {}

    /** An offer's row, with the assembly of its draw. */
    record Offer(
            UUID id,
            UUID drawId,
            UUID assemblyId,
            String pseudonym,
            boolean fromReserves,
            @Nullable UUID replaces,
            SeatOfferStatus status,
            OffsetDateTime offeredAt,
            OffsetDateTime deadline,
            @Nullable OffsetDateTime answeredAt,
            @Nullable UUID mandateId) {}

    /** A replacement's audit record: the withdrawn member's offer, the reserve's (none if none was left). */
    record Replacement(
            UUID withdrawnOffer,
            @Nullable UUID reserveOffer,
            @Nullable Integer brokenSeats,
            @Nullable String requestedBy,
            OffsetDateTime requestedAt) {}

    /** Records a replacement once per withdrawal; false if it was recorded already. */
    boolean recordReplacement(
            CommuneId commune,
            UUID draw,
            UUID withdrawnOffer,
            @Nullable UUID reserveOffer,
            @Nullable Integer brokenSeats,
            String requestedBy) {
        return dsl.insertInto(SEAT_REPLACEMENT)
                        .set(SEAT_REPLACEMENT.COMMUNE_ID, commune.value())
                        .set(SEAT_REPLACEMENT.DRAW_ID, draw)
                        .set(SEAT_REPLACEMENT.WITHDRAWN_OFFER, withdrawnOffer)
                        .set(SEAT_REPLACEMENT.RESERVE_OFFER, reserveOffer)
                        .set(SEAT_REPLACEMENT.BROKEN_SEATS, brokenSeats)
                        .set(SEAT_REPLACEMENT.REQUESTED_BY, requestedBy)
                        .onConflictDoNothing()
                        .execute()
                > 0;
    }

    /** The draw's replacements, in the order they were asked for. */
    List<Replacement> replacements(UUID draw) {
        return dsl.selectFrom(SEAT_REPLACEMENT)
                .where(SEAT_REPLACEMENT.DRAW_ID.eq(draw))
                .orderBy(SEAT_REPLACEMENT.REQUESTED_AT, SEAT_REPLACEMENT.WITHDRAWN_OFFER)
                .fetch(r -> new Replacement(
                        r.getWithdrawnOffer(),
                        r.getReserveOffer(),
                        r.getBrokenSeats(),
                        r.getRequestedBy(),
                        r.getRequestedAt()));
    }

    /** An answered offer of an earlier draw: its person's values, its answer, and the mandate an acceptance started. */
    record PastOffer(
            Map<String, String> features,
            SeatOfferStatus status,
            @Nullable UUID mandateId) {}

    /** The commune's answered offers of draws other than {@code draw}. */
    List<PastOffer> answeredBefore(UUID draw) {
        return dsl.select(DRAW_VOLUNTEER.FEATURES, SEAT_OFFER.STATUS, SEAT_OFFER.MANDATE_ID)
                .from(SEAT_OFFER)
                .join(DRAW_VOLUNTEER)
                .on(DRAW_VOLUNTEER.COMMUNE_ID.eq(SEAT_OFFER.COMMUNE_ID))
                .and(DRAW_VOLUNTEER.DRAW_ID.eq(SEAT_OFFER.DRAW_ID))
                .and(DRAW_VOLUNTEER.PSEUDONYM.eq(SEAT_OFFER.PSEUDONYM))
                .where(SEAT_OFFER.DRAW_ID.ne(draw), SEAT_OFFER.STATUS.ne(SeatOfferStatus.OFFERED.name()))
                .fetch(r -> new PastOffer(
                        json.readValue(r.value1().data(), FEATURES), SeatOfferStatus.valueOf(r.value2()), r.value3()));
    }

    /** Starts the draw's seating; false if it had started (a concurrent start waits for the first and gets false). */
    boolean start(CommuneId commune, UUID draw, int answerDays, @Nullable LocalDate startsOn, String startedBy) {
        return dsl.insertInto(DRAW_SEATING)
                        .set(DRAW_SEATING.COMMUNE_ID, commune.value())
                        .set(DRAW_SEATING.DRAW_ID, draw)
                        .set(DRAW_SEATING.ANSWER_DAYS, answerDays)
                        .set(DRAW_SEATING.STARTS_ON, startsOn)
                        .set(DRAW_SEATING.STARTED_BY, startedBy)
                        .onConflictDoNothing()
                        .execute()
                > 0;
    }

    Optional<Seating> seating(UUID draw) {
        return dsl.selectFrom(DRAW_SEATING)
                .where(DRAW_SEATING.DRAW_ID.eq(draw))
                .fetchOptional(r -> new Seating(r.getDrawId(), r.getAnswerDays(), r.getStartsOn(), r.getStartedAt()));
    }

    /** The seating, locked until the transaction ends: answers and lapses of one panel are taken one at a time. */
    Optional<Seating> lock(UUID draw) {
        return dsl.selectFrom(DRAW_SEATING)
                .where(DRAW_SEATING.DRAW_ID.eq(draw))
                .forUpdate()
                .fetchOptional(r -> new Seating(r.getDrawId(), r.getAnswerDays(), r.getStartsOn(), r.getStartedAt()));
    }

    UUID offer(
            CommuneId commune,
            UUID draw,
            int position,
            String pseudonym,
            byte[] keyHash,
            boolean fromReserves,
            @Nullable UUID replaces,
            OffsetDateTime deadline) {
        UUID id = UUID.randomUUID();
        dsl.insertInto(SEAT_OFFER)
                .set(SEAT_OFFER.COMMUNE_ID, commune.value())
                .set(SEAT_OFFER.ID, id)
                .set(SEAT_OFFER.DRAW_ID, draw)
                .set(SEAT_OFFER.POSITION, position)
                .set(SEAT_OFFER.PSEUDONYM, pseudonym)
                .set(SEAT_OFFER.KEY_HASH, keyHash)
                .set(SEAT_OFFER.FROM_RESERVES, fromReserves)
                .set(SEAT_OFFER.REPLACES, replaces)
                .set(SEAT_OFFER.DEADLINE, deadline)
                .execute();
        return id;
    }

    /** The draw's offers, in the order they went. */
    List<Offer> offers(UUID draw) {
        return dsl.select(SEAT_OFFER.fields())
                .select(DRAW.ASSEMBLY_ID)
                .from(SEAT_OFFER)
                .join(DRAW)
                .on(DRAW.COMMUNE_ID.eq(SEAT_OFFER.COMMUNE_ID), DRAW.ID.eq(SEAT_OFFER.DRAW_ID))
                .where(SEAT_OFFER.DRAW_ID.eq(draw))
                .orderBy(SEAT_OFFER.POSITION)
                .fetch(SeatingRepository::toOffer);
    }

    /** An offer by its id alone: what its link looks up. */
    Optional<Offer> find(UUID id) {
        return dsl.select(SEAT_OFFER.fields())
                .select(DRAW.ASSEMBLY_ID)
                .from(SEAT_OFFER)
                .join(DRAW)
                .on(DRAW.COMMUNE_ID.eq(SEAT_OFFER.COMMUNE_ID), DRAW.ID.eq(SEAT_OFFER.DRAW_ID))
                .where(SEAT_OFFER.ID.eq(id))
                .fetchOptional(SeatingRepository::toOffer);
    }

    /** Whether the key is the one the offer's email link carries (compared by its hash, in constant time). */
    boolean keyMatches(UUID offer, byte[] keyHash) {
        byte[] stored = dsl.select(SEAT_OFFER.KEY_HASH)
                .from(SEAT_OFFER)
                .where(SEAT_OFFER.ID.eq(offer))
                .fetchOne(SEAT_OFFER.KEY_HASH);
        return stored != null && MessageDigest.isEqual(stored, keyHash);
    }

    /** The offers still waiting in the assembly's draws but this one: seats promised, if not yet taken. */
    int waitingElsewhere(UUID assembly, UUID draw) {
        return dsl.fetchCount(dsl.select(SEAT_OFFER.ID)
                .from(SEAT_OFFER)
                .join(DRAW)
                .on(DRAW.COMMUNE_ID.eq(SEAT_OFFER.COMMUNE_ID), DRAW.ID.eq(SEAT_OFFER.DRAW_ID))
                .where(DRAW.ASSEMBLY_ID.eq(assembly), DRAW.ID.ne(draw))
                .and(SEAT_OFFER.STATUS.eq(SeatOfferStatus.OFFERED.name())));
    }

    /** Records an offer's answer, if it still waits for one; whether it did. */
    boolean answer(
            UUID id,
            SeatOfferStatus status,
            OffsetDateTime at,
            @Nullable String answeredBy,
            @Nullable String userId,
            @Nullable UUID mandateId) {
        return dsl.update(SEAT_OFFER)
                        .set(SEAT_OFFER.STATUS, status.name())
                        .set(SEAT_OFFER.ANSWERED_AT, at)
                        .set(SEAT_OFFER.ANSWERED_BY, answeredBy)
                        .set(SEAT_OFFER.USER_ID, userId)
                        .set(SEAT_OFFER.MANDATE_ID, mandateId)
                        .where(SEAT_OFFER.ID.eq(id), SEAT_OFFER.STATUS.eq(SeatOfferStatus.OFFERED.name()))
                        .execute()
                > 0;
    }

    /** The draws with offers still waiting past their deadline, at most {@code limit}. */
    List<UUID> drawsWithLapsedOffers(OffsetDateTime now, int limit) {
        return dsl.selectDistinct(SEAT_OFFER.DRAW_ID)
                .from(SEAT_OFFER)
                .where(SEAT_OFFER.STATUS.eq(SeatOfferStatus.OFFERED.name()), SEAT_OFFER.DEADLINE.le(now))
                // In one order, so that two replicas lock the draws' seatings alike and never deadlock.
                .orderBy(SEAT_OFFER.DRAW_ID)
                .limit(limit)
                .fetch(SEAT_OFFER.DRAW_ID);
    }

    /** A deleted account no longer shows as who accepted or answered an offer; its mandates went with it. */
    void erase(String userId) {
        dsl.update(SEAT_OFFER)
                .set(SEAT_OFFER.USER_ID, (String) null)
                .where(SEAT_OFFER.USER_ID.eq(userId))
                .execute();
        dsl.update(SEAT_OFFER)
                .set(SEAT_OFFER.ANSWERED_BY, (String) null)
                .where(SEAT_OFFER.ANSWERED_BY.eq(userId))
                .execute();
        dsl.update(SEAT_REPLACEMENT)
                .set(SEAT_REPLACEMENT.REQUESTED_BY, (String) null)
                .where(SEAT_REPLACEMENT.REQUESTED_BY.eq(userId))
                .execute();
    }

    private static Offer toOffer(Record r) {
        return new Offer(
                r.get(SEAT_OFFER.ID),
                r.get(SEAT_OFFER.DRAW_ID),
                r.get(DRAW.ASSEMBLY_ID),
                r.get(SEAT_OFFER.PSEUDONYM),
                r.get(SEAT_OFFER.FROM_RESERVES),
                r.get(SEAT_OFFER.REPLACES),
                SeatOfferStatus.valueOf(r.get(SEAT_OFFER.STATUS)),
                r.get(SEAT_OFFER.OFFERED_AT),
                r.get(SEAT_OFFER.DEADLINE),
                r.get(SEAT_OFFER.ANSWERED_AT),
                r.get(SEAT_OFFER.MANDATE_ID));
    }
}
