package org.civiclimate.assembly.draws;

import static org.civiclimate.assembly.db.Tables.DRAW;
import static org.civiclimate.assembly.db.Tables.DRAW_JOB;
import static org.civiclimate.assembly.db.Tables.DRAW_QUOTA;
import static org.civiclimate.assembly.db.Tables.DRAW_VOLUNTEER;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.civiclimate.assembly.db.tables.records.DrawRecord;
import org.civiclimate.assembly.db.tables.records.DrawVolunteerRecord;
import org.civiclimate.assembly.draws.domain.Quota;
import org.civiclimate.assembly.draws.domain.Sortition;
import org.civiclimate.platform.tenancy.CommuneId;
import org.civiclimate.platform.web.PageResponse;
import org.civiclimate.platform.web.SearchText;
import org.jooq.DSLContext;
import org.jooq.InsertSetMoreStep;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.jooq.types.DayToSecond;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The commune's draws, their quotas, pools and run leases (row-level security keeps each commune to its own). */
@Repository
class DrawRepository {

    private static final TypeReference<Map<String, String>> FEATURES = new TypeReference<>() {};

    private final DSLContext dsl;
    private final JsonMapper json;

    DrawRepository(DSLContext dsl, JsonMapper json) {
        this.dsl = dsl;
        this.json = json;
    }

    /** A draw's row, as the service works with it. */
    record Draw(
            UUID id,
            UUID assemblyId,
            String title,
            int panelSize,
            int reserveCount,
            Sortition.Algorithm algorithm,
            String seed,
            String seedSource,
            int timeBudgetSeconds,
            DrawStatus status,
            double progress,
            @Nullable String stage,
            boolean cancelRequested,
            @Nullable String failure,
            @Nullable String record,
            @Nullable String outcome,
            OffsetDateTime createdAt,
            @Nullable OffsetDateTime startedAt,
            @Nullable OffsetDateTime finishedAt,
            @Nullable OffsetDateTime signUpUntil) {}

    UUID insert(CommuneId commune, UUID assembly, DrawRequest request, int timeBudgetSeconds, String createdBy) {
        UUID id = UUID.randomUUID();
        dsl.insertInto(DRAW)
                .set(DRAW.COMMUNE_ID, commune.value())
                .set(DRAW.ID, id)
                .set(DRAW.ASSEMBLY_ID, assembly)
                .set(DRAW.TITLE, request.title())
                .set(DRAW.PANEL_SIZE, request.panelSize())
                .set(DRAW.RESERVE_COUNT, request.reserveCount())
                .set(DRAW.ALGORITHM, request.algorithm().name())
                .set(DRAW.SEED, request.seed())
                .set(DRAW.SEED_SOURCE, request.seedSource())
                .set(DRAW.TIME_BUDGET_SECONDS, timeBudgetSeconds)
                .set(DRAW.CREATED_BY, createdBy)
                .execute();
        return id;
    }

    List<Draw> all(UUID assembly) {
        return dsl.selectFrom(DRAW)
                .where(DRAW.ASSEMBLY_ID.eq(assembly))
                .orderBy(DRAW.CREATED_AT.desc(), DRAW.ID)
                .fetch(DrawRepository::toDraw);
    }

    Optional<Draw> find(UUID assembly, UUID id) {
        return dsl.selectFrom(DRAW)
                .where(DRAW.ASSEMBLY_ID.eq(assembly))
                .and(DRAW.ID.eq(id))
                .fetchOptional(DrawRepository::toDraw);
    }

    /** The draw, by id alone: what its run and the public pages look up. */
    Optional<Draw> find(UUID id) {
        return dsl.selectFrom(DRAW).where(DRAW.ID.eq(id)).fetchOptional(DrawRepository::toDraw);
    }

    /** The draw, locked until the transaction ends: two staff asking for its run at once get one run. */
    Optional<Draw> lock(UUID assembly, UUID id) {
        return dsl.selectFrom(DRAW)
                .where(DRAW.ASSEMBLY_ID.eq(assembly))
                .and(DRAW.ID.eq(id))
                .forUpdate()
                .fetchOptional(DrawRepository::toDraw);
    }

    List<Quota> quotas(UUID draw) {
        return dsl.selectFrom(DRAW_QUOTA)
                .where(DRAW_QUOTA.DRAW_ID.eq(draw))
                .orderBy(DRAW_QUOTA.POSITION)
                .fetch(r -> new Quota(r.getFeature(), r.getValue(), r.getMinSeats(), r.getMaxSeats()));
    }

    void replaceQuotas(CommuneId commune, UUID draw, List<Quota> quotas) {
        dsl.deleteFrom(DRAW_QUOTA).where(DRAW_QUOTA.DRAW_ID.eq(draw)).execute();
        var insert = dsl.insertInto(
                DRAW_QUOTA,
                DRAW_QUOTA.COMMUNE_ID,
                DRAW_QUOTA.DRAW_ID,
                DRAW_QUOTA.POSITION,
                DRAW_QUOTA.FEATURE,
                DRAW_QUOTA.VALUE,
                DRAW_QUOTA.MIN_SEATS,
                DRAW_QUOTA.MAX_SEATS);
        for (int i = 0; i < quotas.size(); i++) {
            var quota = quotas.get(i);
            insert = insert.values(commune.value(), draw, i, quota.feature(), quota.value(), quota.min(), quota.max());
        }
        insert.execute();
    }

    int volunteerCount(UUID draw) {
        return dsl.fetchCount(DRAW_VOLUNTEER, DRAW_VOLUNTEER.DRAW_ID.eq(draw));
    }

    List<PoolCsv.Row> volunteers(UUID draw) {
        return dsl.selectFrom(DRAW_VOLUNTEER)
                .where(DRAW_VOLUNTEER.DRAW_ID.eq(draw))
                .orderBy(DRAW_VOLUNTEER.PSEUDONYM)
                .fetch(r -> new PoolCsv.Row(
                        r.getPseudonym(),
                        r.getName(),
                        r.getEmail(),
                        r.getHousehold(),
                        json.readValue(r.getFeatures().data(), FEATURES)));
    }

    /**
     * A page of the pool by name (then pseudonym), those whose name, address or pseudonym contain {@code search} if
     * given; and how many match in all.
     */
    PageResponse<PoolVolunteer> volunteers(UUID draw, @Nullable String search, int page, int size) {
        var condition = DRAW_VOLUNTEER.DRAW_ID.eq(draw);
        if (search != null) {
            String like = SearchText.containing(search);
            condition = condition.and(DRAW_VOLUNTEER
                    .NAME
                    .likeIgnoreCase(like, SearchText.ESCAPE)
                    .or(DRAW_VOLUNTEER.EMAIL.likeIgnoreCase(like, SearchText.ESCAPE))
                    .or(DRAW_VOLUNTEER.PSEUDONYM.likeIgnoreCase(like, SearchText.ESCAPE)));
        }
        int total = dsl.fetchCount(DRAW_VOLUNTEER, condition);
        var items = dsl.selectFrom(DRAW_VOLUNTEER)
                .where(condition)
                .orderBy(DRAW_VOLUNTEER.NAME.asc().nullsLast(), DRAW_VOLUNTEER.PSEUDONYM)
                .limit(size)
                .offset((long) page * size)
                .fetch(r -> new PoolVolunteer(
                        r.getPseudonym(),
                        r.getName(),
                        r.getEmail(),
                        r.getHousehold(),
                        json.readValue(r.getFeatures().data(), FEATURES),
                        r.getLetter()));
        return new PageResponse<>(items, page, size, total);
    }

    /** Removes a volunteer from the pool; whether there was one. */
    boolean removeVolunteer(UUID draw, String pseudonym) {
        return dsl.deleteFrom(DRAW_VOLUNTEER)
                        .where(DRAW_VOLUNTEER.DRAW_ID.eq(draw), DRAW_VOLUNTEER.PSEUDONYM.eq(pseudonym))
                        .execute()
                > 0;
    }

    void replaceVolunteers(CommuneId commune, UUID draw, List<PoolCsv.Row> rows) {
        dsl.deleteFrom(DRAW_VOLUNTEER).where(DRAW_VOLUNTEER.DRAW_ID.eq(draw)).execute();
        var batch = new ArrayList<org.jooq.Query>();
        for (var row : rows) {
            batch.add(insertVolunteer(commune, draw, row));
            if (batch.size() == 500) {
                dsl.batch(batch).execute();
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            dsl.batch(batch).execute();
        }
    }

    /** The insert of a volunteer of the draw's pool, imported or signed up (the caller may set more). */
    InsertSetMoreStep<DrawVolunteerRecord> insertVolunteer(CommuneId commune, UUID draw, PoolCsv.Row row) {
        return dsl.insertInto(DRAW_VOLUNTEER)
                .set(DRAW_VOLUNTEER.COMMUNE_ID, commune.value())
                .set(DRAW_VOLUNTEER.DRAW_ID, draw)
                .set(DRAW_VOLUNTEER.PSEUDONYM, row.pseudonym())
                .set(DRAW_VOLUNTEER.NAME, row.name())
                .set(DRAW_VOLUNTEER.EMAIL, row.email())
                .set(DRAW_VOLUNTEER.HOUSEHOLD, row.household())
                .set(DRAW_VOLUNTEER.FEATURES, JSONB.valueOf(json.writeValueAsString(row.features())));
    }

    /** Queues the draw's run: its job row is due at once. */
    void queue(CommuneId commune, UUID draw) {
        dsl.update(DRAW)
                .set(DRAW.STATUS, DrawStatus.QUEUED.name())
                .set(DRAW.PROGRESS, 0f)
                .setNull(DRAW.STAGE)
                .set(DRAW.CANCEL_REQUESTED, false)
                .setNull(DRAW.FAILURE)
                .setNull(DRAW.STARTED_AT)
                .setNull(DRAW.FINISHED_AT)
                .where(DRAW.ID.eq(draw))
                .execute();
        dsl.insertInto(DRAW_JOB)
                .set(DRAW_JOB.COMMUNE_ID, commune.value())
                .set(DRAW_JOB.DRAW_ID, draw)
                .onConflict(DRAW_JOB.COMMUNE_ID, DRAW_JOB.DRAW_ID)
                .doUpdate()
                .set(DRAW_JOB.ATTEMPTS, 0)
                .set(DRAW_JOB.LEASE_UNTIL, DSL.currentOffsetDateTime())
                .execute();
    }

    /**
     * A job whose lease was taken: which commune's draw, how many runs it has had with this one, and the token that
     * this run's writes must still hold.
     */
    record Claim(CommuneId commune, UUID draw, int attempts, UUID token) {}

    /**
     * Takes up to {@code limit} jobs whose lease expired (never taken, or their instance stopped), in any commune,
     * and holds them for {@code lease}; rows another transaction holds are skipped. {@code draw} narrows it to one.
     */
    List<Claim> claimDue(int limit, Duration lease, @Nullable UUID draw) {
        dsl.execute("select set_config('app.draw_worker', 'on', true)");
        var due = dsl.select(DRAW_JOB.COMMUNE_ID, DRAW_JOB.DRAW_ID)
                .from(DRAW_JOB)
                .where(DRAW_JOB.LEASE_UNTIL.le(DSL.currentOffsetDateTime()))
                .and(draw == null ? DSL.noCondition() : DRAW_JOB.DRAW_ID.eq(draw))
                .orderBy(DRAW_JOB.LEASE_UNTIL)
                .limit(limit)
                .forUpdate()
                .skipLocked();
        var claims = dsl.update(DRAW_JOB)
                .set(DRAW_JOB.LEASE_UNTIL, DSL.currentOffsetDateTime().plus(DayToSecond.valueOf(lease)))
                .set(DRAW_JOB.ATTEMPTS, DRAW_JOB.ATTEMPTS.plus(1))
                .set(DRAW_JOB.RUN_TOKEN, DSL.field("gen_random_uuid()", UUID.class))
                .where(DSL.row(DRAW_JOB.COMMUNE_ID, DRAW_JOB.DRAW_ID).in(due))
                .returning(DRAW_JOB.COMMUNE_ID, DRAW_JOB.DRAW_ID, DRAW_JOB.ATTEMPTS, DRAW_JOB.RUN_TOKEN)
                .fetch(r ->
                        new Claim(new CommuneId(r.getCommuneId()), r.getDrawId(), r.getAttempts(), r.getRunToken()));
        dsl.execute("select set_config('app.draw_worker', '', true)");
        return claims;
    }

    /** The draw, locked, if this run still holds its job: what a run starts and ends with. */
    Optional<Draw> lockHeld(UUID draw, UUID token) {
        return dsl.selectFrom(DRAW)
                .where(DRAW.ID.eq(draw))
                .and(DSL.exists(DSL.selectOne()
                        .from(DRAW_JOB)
                        .where(DRAW_JOB.DRAW_ID.eq(draw))
                        .and(DRAW_JOB.RUN_TOKEN.eq(token))))
                .forUpdate()
                .fetchOptional(DrawRepository::toDraw);
    }

    void start(UUID draw) {
        dsl.update(DRAW)
                .set(DRAW.STATUS, DrawStatus.RUNNING.name())
                .set(DRAW.STARTED_AT, DSL.coalesce(DRAW.STARTED_AT, DSL.currentOffsetDateTime()))
                .where(DRAW.ID.eq(draw))
                .execute();
    }

    /** What a heartbeat learns: whether the run still holds its job, and whether staff asked to cancel it. */
    record Beat(boolean held, boolean cancelRequested) {}

    /** Records the run's progress and keeps its lease, if the run still holds its job. */
    Beat heartbeat(UUID draw, UUID token, double progress, String stage, Duration lease) {
        int held = dsl.update(DRAW_JOB)
                .set(DRAW_JOB.LEASE_UNTIL, DSL.currentOffsetDateTime().plus(DayToSecond.valueOf(lease)))
                .where(DRAW_JOB.DRAW_ID.eq(draw))
                .and(DRAW_JOB.RUN_TOKEN.eq(token))
                .execute();
        if (held == 0) {
            return new Beat(false, false);
        }
        boolean cancel = dsl.update(DRAW)
                .set(DRAW.PROGRESS, (float) Math.clamp(progress, 0, 1))
                .set(DRAW.STAGE, stage)
                .where(DRAW.ID.eq(draw))
                .and(DRAW.STATUS.eq(DrawStatus.RUNNING.name()))
                .returning(DRAW.CANCEL_REQUESTED)
                .fetchOptional(DRAW.CANCEL_REQUESTED)
                .orElse(true);
        return new Beat(true, cancel);
    }

    void requestCancel(UUID draw) {
        dsl.update(DRAW)
                .set(DRAW.CANCEL_REQUESTED, true)
                .where(DRAW.ID.eq(draw))
                .execute();
    }

    void dropJob(UUID draw) {
        dsl.deleteFrom(DRAW_JOB).where(DRAW_JOB.DRAW_ID.eq(draw)).execute();
    }

    /** Ends the run: its status and what it left, in one statement with the job's removal. */
    void finish(
            UUID draw, DrawStatus status, @Nullable String failure, @Nullable String record, @Nullable String outcome) {
        dropJob(draw);
        dsl.update(DRAW)
                .set(DRAW.STATUS, status.name())
                .set(DRAW.FAILURE, failure)
                .set(DRAW.RECORD, record == null ? null : JSONB.valueOf(record))
                .set(DRAW.OUTCOME, outcome == null ? null : JSONB.valueOf(outcome))
                .set(DRAW.PROGRESS, status == DrawStatus.COMPLETED ? DSL.val(1f) : DRAW.PROGRESS)
                .set(DRAW.FINISHED_AT, DSL.currentOffsetDateTime())
                .where(DRAW.ID.eq(draw))
                .and(DRAW.STATUS.in(DrawStatus.QUEUED.name(), DrawStatus.RUNNING.name()))
                .execute();
    }

    private static Draw toDraw(DrawRecord r) {
        return new Draw(
                r.getId(),
                r.getAssemblyId(),
                r.getTitle(),
                r.getPanelSize(),
                r.getReserveCount(),
                Sortition.Algorithm.valueOf(r.getAlgorithm()),
                r.getSeed(),
                r.getSeedSource(),
                r.getTimeBudgetSeconds(),
                DrawStatus.valueOf(r.getStatus()),
                r.getProgress(),
                r.getStage(),
                r.getCancelRequested(),
                r.getFailure(),
                r.getRecord() == null ? null : r.getRecord().data(),
                r.getOutcome() == null ? null : r.getOutcome().data(),
                r.getCreatedAt(),
                r.getStartedAt(),
                r.getFinishedAt(),
                r.getSignUpUntil());
    }
}
