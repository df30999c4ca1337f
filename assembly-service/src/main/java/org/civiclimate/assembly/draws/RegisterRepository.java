package org.civiclimate.assembly.draws;

import static org.civiclimate.assembly.db.Tables.DRAW;
import static org.civiclimate.assembly.db.Tables.DRAW_INVITATION;
import static org.civiclimate.assembly.db.Tables.DRAW_REGISTER;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.civiclimate.platform.tenancy.CommuneId;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A draw's uploaded register, its summary, and the letters drawn from it (row-level security: the commune's own). */
@Repository
class RegisterRepository {

    private static final TypeReference<Map<String, Long>> COUNTS = new TypeReference<>() {};

    private final DSLContext dsl;
    private final JsonMapper json;

    RegisterRepository(DSLContext dsl, JsonMapper json) {
        this.dsl = dsl;
        this.json = json;
    }

    /** A letter of the mail merge: its number, code, and its household's name, address and district. */
    record MailMerge(
            int letter,
            String code,
            String name,
            String address,
            @Nullable String district) {}

    void clear(UUID draw) {
        dsl.deleteFrom(DRAW_REGISTER).where(DRAW_REGISTER.DRAW_ID.eq(draw)).execute();
    }

    /** Adds households; one already there (the same id on an earlier line) keeps its first line. */
    void insert(CommuneId commune, UUID draw, Collection<RegisterCsv.Household> households) {
        var insert = dsl.insertInto(
                DRAW_REGISTER,
                DRAW_REGISTER.COMMUNE_ID,
                DRAW_REGISTER.DRAW_ID,
                DRAW_REGISTER.HOUSEHOLD,
                DRAW_REGISTER.LINE,
                DRAW_REGISTER.NAME,
                DRAW_REGISTER.ADDRESS,
                DRAW_REGISTER.DISTRICT);
        for (var household : households) {
            insert = insert.values(
                    commune.value(),
                    draw,
                    household.id(),
                    household.line(),
                    household.name(),
                    household.address(),
                    household.district());
        }
        insert.onConflictDoNothing().execute();
    }

    /** The register's households per district ({@code ""} for none), from the rows themselves. */
    Map<String, Long> countHouseholds(UUID draw) {
        var district = DSL.coalesce(DRAW_REGISTER.DISTRICT, DSL.inline(""));
        Map<String, Long> counts = new LinkedHashMap<>();
        dsl.select(district, DSL.count())
                .from(DRAW_REGISTER)
                .where(DRAW_REGISTER.DRAW_ID.eq(draw))
                .groupBy(district)
                .orderBy(district)
                .forEach(row -> counts.put(row.value1(), row.value2().longValue()));
        return counts;
    }

    void saveSummary(UUID draw, String sha256, int rows, Map<String, Long> districts, OffsetDateTime at) {
        dsl.update(DRAW)
                .set(DRAW.REGISTER_SHA256, sha256)
                .set(DRAW.REGISTER_ROWS, rows)
                .set(DRAW.REGISTER_HOUSEHOLDS, (int)
                        districts.values().stream().mapToLong(Long::longValue).sum())
                .set(DRAW.REGISTER_DISTRICTS, JSONB.valueOf(json.writeValueAsString(districts)))
                .set(DRAW.REGISTER_UPLOADED_AT, at)
                .setNull(DRAW.REGISTER_DELETED_AT)
                .setNull(DRAW.LETTERS_BY_DISTRICT)
                .where(DRAW.ID.eq(draw))
                .execute();
    }

    Optional<DrawRegister> summary(UUID draw) {
        var row = dsl.select(
                        DRAW.REGISTER_SHA256,
                        DRAW.REGISTER_ROWS,
                        DRAW.REGISTER_HOUSEHOLDS,
                        DRAW.REGISTER_DISTRICTS,
                        DRAW.LETTERS_BY_DISTRICT,
                        DRAW.REGISTER_UPLOADED_AT,
                        DRAW.REGISTER_DELETED_AT)
                .from(DRAW)
                .where(DRAW.ID.eq(draw), DRAW.REGISTER_SHA256.isNotNull())
                .fetchOne();
        if (row == null) {
            return Optional.empty();
        }
        var letters = lettersPerDistrict(draw);
        var districts = new ArrayList<DrawRegister.District>();
        json.readValue(row.value4().data(), COUNTS)
                .forEach((district, households) -> districts.add(
                        new DrawRegister.District(district, households.intValue(), letters.getOrDefault(district, 0))));
        return Optional.of(new DrawRegister(
                row.value1(),
                row.value2(),
                row.value3(),
                List.copyOf(districts),
                row.value5(),
                row.value6(),
                row.value7()));
    }

    private Map<String, Integer> lettersPerDistrict(UUID draw) {
        var district = DSL.coalesce(DRAW_INVITATION.DISTRICT, DSL.inline(""));
        Map<String, Integer> letters = new LinkedHashMap<>();
        dsl.select(district, DSL.count())
                .from(DRAW_INVITATION)
                .where(DRAW_INVITATION.DRAW_ID.eq(draw))
                .groupBy(district)
                .forEach(row -> letters.put(row.value1(), row.value2()));
        return letters;
    }

    /** Each household with its district ({@code ""} for none), read with a cursor. */
    void eachHousehold(UUID draw, BiConsumer<String, String> household) {
        try (var cursor = dsl.select(DRAW_REGISTER.HOUSEHOLD, DSL.coalesce(DRAW_REGISTER.DISTRICT, DSL.inline("")))
                .from(DRAW_REGISTER)
                .where(DRAW_REGISTER.DRAW_ID.eq(draw))
                .fetchSize(1000)
                .fetchLazy()) {
            for (var row : cursor) {
                household.accept(row.value1(), row.value2());
            }
        }
    }

    void drawnBy(UUID draw, boolean byDistrict) {
        dsl.update(DRAW)
                .set(DRAW.LETTERS_BY_DISTRICT, byDistrict)
                .where(DRAW.ID.eq(draw))
                .execute();
    }

    /** Each letter drawn from the register with its addressee, in letter order, read with a cursor. */
    void eachMailMerge(UUID draw, Consumer<MailMerge> letter) {
        try (var cursor = dsl.select(
                        DRAW_INVITATION.LETTER,
                        DRAW_INVITATION.CODE,
                        DRAW_REGISTER.NAME,
                        DRAW_REGISTER.ADDRESS,
                        DRAW_REGISTER.DISTRICT)
                .from(DRAW_INVITATION)
                .join(DRAW_REGISTER)
                .on(DRAW_REGISTER.COMMUNE_ID.eq(DRAW_INVITATION.COMMUNE_ID))
                .and(DRAW_REGISTER.DRAW_ID.eq(DRAW_INVITATION.DRAW_ID))
                .and(DRAW_REGISTER.HOUSEHOLD.eq(DRAW_INVITATION.HOUSEHOLD))
                .where(DRAW_INVITATION.DRAW_ID.eq(draw))
                .orderBy(DRAW_INVITATION.LETTER)
                .fetchSize(1000)
                .fetchLazy()) {
            for (var row : cursor) {
                letter.accept(new MailMerge(row.value1(), row.value2(), row.value3(), row.value4(), row.value5()));
            }
        }
    }

    /** Deletes the names and addresses, and the letters' link to them: only the summary stays. */
    void deletePersonalData(UUID draw, OffsetDateTime at) {
        clear(draw);
        dsl.update(DRAW_INVITATION)
                .setNull(DRAW_INVITATION.HOUSEHOLD)
                .where(DRAW_INVITATION.DRAW_ID.eq(draw))
                .execute();
        dsl.update(DRAW)
                .set(DRAW.REGISTER_DELETED_AT, at)
                .where(DRAW.ID.eq(draw))
                .execute();
    }

    /** Deletes the register and its summary, as if never uploaded (no letter was drawn from it). */
    void forget(UUID draw) {
        clear(draw);
        dsl.update(DRAW)
                .setNull(DRAW.REGISTER_SHA256)
                .setNull(DRAW.REGISTER_ROWS)
                .setNull(DRAW.REGISTER_HOUSEHOLDS)
                .setNull(DRAW.REGISTER_DISTRICTS)
                .setNull(DRAW.REGISTER_UPLOADED_AT)
                .setNull(DRAW.REGISTER_DELETED_AT)
                .setNull(DRAW.LETTERS_BY_DISTRICT)
                .where(DRAW.ID.eq(draw))
                .execute();
    }
}
