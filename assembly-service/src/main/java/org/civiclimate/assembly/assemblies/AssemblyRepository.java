package org.civiclimate.assembly.assemblies;

import static org.civiclimate.assembly.db.Tables.ASSEMBLY;
import static org.civiclimate.assembly.db.Tables.MANDATE;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.selectCount;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.civiclimate.assembly.assemblies.domain.AssemblyKind;
import org.civiclimate.assembly.assemblies.domain.ChosenBy;
import org.civiclimate.assembly.assemblies.domain.Mandate;
import org.civiclimate.assembly.assemblies.domain.MandateStatus;
import org.civiclimate.assembly.db.tables.records.MandateRecord;
import org.civiclimate.platform.tenancy.CommuneId;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The commune's assemblies and their mandates (row-level security keeps each commune to its own). */
@Repository
class AssemblyRepository {

    private final DSLContext dsl;

    AssemblyRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    UUID insert(CommuneId commune, AssemblyRequest request) {
        UUID id = UUID.randomUUID();
        dsl.insertInto(ASSEMBLY)
                .set(ASSEMBLY.COMMUNE_ID, commune.value())
                .set(ASSEMBLY.ID, id)
                .set(ASSEMBLY.NAME, request.name())
                .set(ASSEMBLY.KIND, request.kind().name())
                .set(ASSEMBLY.SEATS, request.seats())
                .set(ASSEMBLY.MANDATE_MONTHS, request.mandateMonths())
                .set(ASSEMBLY.COHORTS, request.cohorts())
                .set(ASSEMBLY.FIRST_SITTING_ON, request.firstSittingOn())
                .set(
                        ASSEMBLY.TOPICS,
                        request.topics() == null
                                ? new String[0]
                                : request.topics().toArray(String[]::new))
                .execute();
        return id;
    }

    List<AssemblyView> all() {
        return dsl.select(ASSEMBLY.asterisk(), activeMandates())
                .from(ASSEMBLY)
                .orderBy(ASSEMBLY.NAME, ASSEMBLY.ID)
                .fetch(AssemblyRepository::toView);
    }

    Optional<AssemblyView> find(UUID id) {
        return dsl.select(ASSEMBLY.asterisk(), activeMandates())
                .from(ASSEMBLY)
                .where(ASSEMBLY.ID.eq(id))
                .fetchOptional(AssemblyRepository::toView);
    }

    /** Locks the assembly's row: seatings of one assembly queue behind each other, other assemblies do not wait. */
    Optional<AssemblyView> lock(UUID id) {
        dsl.selectOne().from(ASSEMBLY).where(ASSEMBLY.ID.eq(id)).forUpdate().fetchOptional();
        return find(id);
    }

    List<Mandate> mandates(UUID assembly, @Nullable MandateStatus status) {
        var query = MANDATE.ASSEMBLY_ID.eq(assembly);
        if (status != null) {
            query = query.and(MANDATE.STATUS.eq(status.name()));
        }
        return dsl.selectFrom(MANDATE)
                .where(query)
                .orderBy(MANDATE.SEAT, MANDATE.STARTS_ON.desc(), MANDATE.ID)
                .fetch(AssemblyRepository::toMandate);
    }

    List<Integer> occupiedSeats(UUID assembly) {
        return dsl.select(MANDATE.SEAT)
                .from(MANDATE)
                .where(MANDATE.ASSEMBLY_ID.eq(assembly), MANDATE.STATUS.eq(MandateStatus.ACTIVE.name()))
                .fetch(MANDATE.SEAT);
    }

    /** Those of the mandates that were withdrawn before their term. */
    Set<UUID> withdrawnAmong(Collection<UUID> mandates) {
        return Set.copyOf(dsl.select(MANDATE.ID)
                .from(MANDATE)
                .where(MANDATE.ID.in(mandates), MANDATE.STATUS.eq(MandateStatus.WITHDRAWN.name()))
                .fetch(MANDATE.ID));
    }

    Optional<Mandate> mandate(UUID assembly, UUID id) {
        return dsl.selectFrom(MANDATE)
                .where(MANDATE.ASSEMBLY_ID.eq(assembly), MANDATE.ID.eq(id))
                .fetchOptional(AssemblyRepository::toMandate);
    }

    Optional<Mandate> activeIn(UUID assembly, int seat) {
        return dsl.selectFrom(MANDATE)
                .where(MANDATE.ASSEMBLY_ID.eq(assembly), MANDATE.SEAT.eq(seat))
                .and(MANDATE.STATUS.eq(MandateStatus.ACTIVE.name()))
                .fetchOptional(AssemblyRepository::toMandate);
    }

    /** The seats held today, in order. */
    List<Integer> activeSeats(UUID assembly) {
        return dsl.select(MANDATE.SEAT)
                .from(MANDATE)
                .where(MANDATE.ASSEMBLY_ID.eq(assembly), MANDATE.STATUS.eq(MandateStatus.ACTIVE.name()))
                .orderBy(MANDATE.SEAT)
                .fetch(MANDATE.SEAT);
    }

    Optional<Mandate> activeOf(UUID assembly, String userId) {
        return dsl.selectFrom(MANDATE)
                .where(MANDATE.ASSEMBLY_ID.eq(assembly), MANDATE.USER_ID.eq(userId))
                .and(MANDATE.STATUS.eq(MandateStatus.ACTIVE.name()))
                .fetchOptional(AssemblyRepository::toMandate);
    }

    void insert(CommuneId commune, Mandate mandate, String seatedBy) {
        dsl.insertInto(MANDATE)
                .set(MANDATE.COMMUNE_ID, commune.value())
                .set(MANDATE.ID, mandate.id())
                .set(MANDATE.ASSEMBLY_ID, mandate.assemblyId())
                .set(MANDATE.USER_ID, mandate.userId())
                .set(MANDATE.NAME, mandate.name())
                .set(MANDATE.SEAT, mandate.seat())
                .set(MANDATE.COHORT, mandate.cohort())
                .set(MANDATE.STARTS_ON, mandate.startsOn())
                .set(MANDATE.ENDS_ON, mandate.endsOn())
                .set(MANDATE.STATUS, mandate.status().name())
                .set(MANDATE.CHOSEN_BY, mandate.chosenBy().name())
                .set(MANDATE.SEATED_BY, seatedBy)
                .execute();
    }

    /** Ends an active mandate; false if it was no longer active (someone else ended it first). */
    boolean end(UUID id, MandateStatus status, LocalDate on, @Nullable String reason) {
        return dsl.update(MANDATE)
                        .set(MANDATE.STATUS, status.name())
                        .set(MANDATE.ENDED_ON, on)
                        .set(MANDATE.END_REASON, reason)
                        .where(MANDATE.ID.eq(id), MANDATE.STATUS.eq(MandateStatus.ACTIVE.name()))
                        .execute()
                == 1;
    }

    /** The active mandates of the bound commune due to end by {@code today}, locked, skipping those being ended. */
    List<Mandate> due(LocalDate today, int limit) {
        return dsl.selectFrom(MANDATE)
                .where(MANDATE.STATUS.eq(MandateStatus.ACTIVE.name()), MANDATE.ENDS_ON.le(today))
                .orderBy(MANDATE.ENDS_ON, MANDATE.ID)
                .limit(limit)
                .forUpdate()
                .skipLocked()
                .fetch(AssemblyRepository::toMandate);
    }

    /** The people whose mandate covers the day: started by then, and neither ended nor withdrawn before it. */
    List<SeatHolder> holdersOn(UUID assembly, LocalDate day) {
        return dsl.select(MANDATE.ID, MANDATE.USER_ID, MANDATE.NAME, MANDATE.SEAT)
                .from(MANDATE)
                .where(MANDATE.ASSEMBLY_ID.eq(assembly), MANDATE.STARTS_ON.le(day))
                .and(DSL.coalesce(MANDATE.ENDED_ON, MANDATE.ENDS_ON).gt(day))
                .orderBy(MANDATE.SEAT, MANDATE.STARTS_ON)
                .fetch(r -> new SeatHolder(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** Whether the person holds an active mandate in any of the commune's assemblies. */
    boolean isSeated(String userId) {
        return dsl.fetchExists(MANDATE, MANDATE.USER_ID.eq(userId), MANDATE.STATUS.eq(MandateStatus.ACTIVE.name()));
    }

    /** Removes a person's mandates (person.erased): the seats they held become vacant, the history loses them. */
    int erase(String userId) {
        return dsl.deleteFrom(MANDATE).where(MANDATE.USER_ID.eq(userId)).execute();
    }

    private static org.jooq.Field<Integer> activeMandates() {
        return field(selectCount()
                        .from(MANDATE)
                        .where(MANDATE.COMMUNE_ID.eq(ASSEMBLY.COMMUNE_ID), MANDATE.ASSEMBLY_ID.eq(ASSEMBLY.ID))
                        .and(MANDATE.STATUS.eq(MandateStatus.ACTIVE.name())))
                .as("active_mandates");
    }

    private static AssemblyView toView(Record r) {
        return new AssemblyView(
                r.get(ASSEMBLY.ID),
                r.get(ASSEMBLY.NAME),
                AssemblyKind.valueOf(r.get(ASSEMBLY.KIND)),
                r.get(ASSEMBLY.SEATS),
                r.get(ASSEMBLY.MANDATE_MONTHS),
                r.get(ASSEMBLY.COHORTS),
                r.get(ASSEMBLY.FIRST_SITTING_ON),
                Arrays.asList(r.get(ASSEMBLY.TOPICS)),
                AssemblyView.Status.valueOf(r.get(ASSEMBLY.STATUS)),
                r.get("active_mandates", Integer.class),
                r.get(ASSEMBLY.CREATED_AT));
    }

    private static Mandate toMandate(MandateRecord r) {
        return new Mandate(
                r.getId(),
                r.getAssemblyId(),
                r.getUserId(),
                r.getName(),
                r.getSeat(),
                r.getCohort(),
                r.getStartsOn(),
                r.getEndsOn(),
                MandateStatus.valueOf(r.getStatus()),
                ChosenBy.valueOf(r.getChosenBy()),
                r.getEndedOn(),
                r.getEndReason());
    }
}
