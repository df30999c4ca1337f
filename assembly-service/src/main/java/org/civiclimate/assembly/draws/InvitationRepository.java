package org.civiclimate.assembly.draws;

import static org.civiclimate.assembly.db.Tables.DRAW;
import static org.civiclimate.assembly.db.Tables.DRAW_INVITATION;
import static org.civiclimate.assembly.db.Tables.DRAW_VOLUNTEER;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.civiclimate.platform.tenancy.CommuneId;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** A draw's invitation letters and the volunteers who signed up with them (row-level security: the commune's own). */
@Repository
class InvitationRepository {

    private final DSLContext dsl;
    private final DrawRepository draws;

    InvitationRepository(DSLContext dsl, DrawRepository draws) {
        this.dsl = dsl;
        this.draws = draws;
    }

    int count(UUID draw) {
        return dsl.fetchCount(DRAW_INVITATION, DRAW_INVITATION.DRAW_ID.eq(draw));
    }

    int signUps(UUID draw) {
        return dsl.fetchCount(DRAW_VOLUNTEER, DRAW_VOLUNTEER.DRAW_ID.eq(draw), DRAW_VOLUNTEER.LETTER.isNotNull());
    }

    /** A letter to add: its code, and the register's household it goes to, if drawn from one. */
    record Letter(
            String code,
            @Nullable String household,
            @Nullable String district) {}

    /**
     * Adds the letters, numbered in order after the draw's last; those whose code another letter has come back (their
     * numbers stay unused), to be given another code.
     */
    List<Letter> insert(CommuneId commune, UUID draw, List<Letter> letters) {
        int first = lastLetter(draw) + 1;
        var insert = dsl.insertInto(
                DRAW_INVITATION,
                DRAW_INVITATION.COMMUNE_ID,
                DRAW_INVITATION.DRAW_ID,
                DRAW_INVITATION.LETTER,
                DRAW_INVITATION.CODE,
                DRAW_INVITATION.HOUSEHOLD,
                DRAW_INVITATION.DISTRICT);
        for (int i = 0; i < letters.size(); i++) {
            var letter = letters.get(i);
            insert = insert.values(
                    commune.value(), draw, first + i, letter.code(), letter.household(), letter.district());
        }
        var added = Set.copyOf(
                insert.onConflictDoNothing().returning(DRAW_INVITATION.LETTER).fetch(DRAW_INVITATION.LETTER));
        var clashed = new ArrayList<Letter>();
        for (int i = 0; i < letters.size(); i++) {
            if (!added.contains(first + i)) {
                clashed.add(letters.get(i));
            }
        }
        return clashed;
    }

    /** The highest letter number so far, 0 if none. */
    int lastLetter(UUID draw) {
        Integer last = dsl.select(DSL.max(DRAW_INVITATION.LETTER))
                .from(DRAW_INVITATION)
                .where(DRAW_INVITATION.DRAW_ID.eq(draw))
                .fetchOne(0, Integer.class);
        return last == null ? 0 : last;
    }

    void openUntil(UUID draw, OffsetDateTime until) {
        dsl.update(DRAW).set(DRAW.SIGN_UP_UNTIL, until).where(DRAW.ID.eq(draw)).execute();
    }

    /** Each letter and its code in order, read with a cursor: a register of 200,000 letters is never held whole. */
    void eachLetter(UUID draw, BiConsumer<Integer, String> letter) {
        try (var cursor = dsl.select(DRAW_INVITATION.LETTER, DRAW_INVITATION.CODE)
                .from(DRAW_INVITATION)
                .where(DRAW_INVITATION.DRAW_ID.eq(draw))
                .orderBy(DRAW_INVITATION.LETTER)
                .fetchSize(1000)
                .fetchLazy()) {
            for (var row : cursor) {
                letter.accept(row.value1(), row.value2());
            }
        }
    }

    /** Whether the code is one of the draw's letters' and unused. */
    boolean usable(UUID draw, String code) {
        return dsl.fetchExists(
                DRAW_INVITATION,
                DRAW_INVITATION.DRAW_ID.eq(draw),
                DRAW_INVITATION.CODE.eq(code),
                DRAW_INVITATION.USED_AT.isNull());
    }

    /** Takes the letter's code for a sign-up, if it is the draw's and unused: the letter's number, or null. */
    @Nullable
    Integer use(UUID draw, String code, OffsetDateTime at) {
        return dsl.update(DRAW_INVITATION)
                .set(DRAW_INVITATION.USED_AT, at)
                .where(DRAW_INVITATION.DRAW_ID.eq(draw), DRAW_INVITATION.CODE.eq(code))
                .and(DRAW_INVITATION.USED_AT.isNull())
                .returning(DRAW_INVITATION.LETTER)
                .fetchOptional(DRAW_INVITATION.LETTER)
                .orElse(null);
    }

    boolean emailTaken(UUID draw, String email) {
        return dsl.fetchExists(
                DRAW_VOLUNTEER,
                DRAW_VOLUNTEER.DRAW_ID.eq(draw),
                DSL.lower(DRAW_VOLUNTEER.EMAIL).eq(DSL.lower(DSL.val(email))));
    }

    boolean householdTaken(UUID draw, String household) {
        return dsl.fetchExists(DRAW_VOLUNTEER, DRAW_VOLUNTEER.DRAW_ID.eq(draw), DRAW_VOLUNTEER.HOUSEHOLD.eq(household));
    }

    void signUp(CommuneId commune, UUID draw, PoolCsv.Row row, int letter, OffsetDateTime consentedAt) {
        draws.insertVolunteer(commune, draw, row)
                .set(DRAW_VOLUNTEER.LETTER, letter)
                .set(DRAW_VOLUNTEER.CONSENTED_AT, consentedAt)
                .execute();
    }
}
