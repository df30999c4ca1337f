package org.civiclimate.assembly.attendance;

import static org.civiclimate.assembly.db.Tables.ATTENDANCE_RECORD;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.civiclimate.assembly.assemblies.SeatHolder;
import org.civiclimate.assembly.attendance.domain.Attendance;
import org.civiclimate.assembly.attendance.domain.AttendanceStatus;
import org.civiclimate.assembly.db.tables.records.AttendanceRecordRecord;
import org.civiclimate.platform.tenancy.CommuneId;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Attendance records, append-only (row-level security keeps each commune to its own). */
@Repository
class AttendanceRepository {

    private final DSLContext dsl;

    AttendanceRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Writes a version unless it exists: false when another facilitator wrote it first (the insert waits for their
     * transaction, then yields to its row).
     */
    boolean insert(
            CommuneId commune,
            UUID session,
            SeatHolder holder,
            int version,
            Attendance attendance,
            @Nullable String reason,
            String recordedBy) {
        return dsl.insertInto(ATTENDANCE_RECORD)
                        .set(ATTENDANCE_RECORD.COMMUNE_ID, commune.value())
                        .set(ATTENDANCE_RECORD.SESSION_ID, session)
                        .set(ATTENDANCE_RECORD.USER_ID, holder.userId())
                        .set(ATTENDANCE_RECORD.VERSION, version)
                        .set(ATTENDANCE_RECORD.MANDATE_ID, holder.mandateId())
                        .set(ATTENDANCE_RECORD.NAME, holder.name())
                        .set(ATTENDANCE_RECORD.STATUS, attendance.status().name())
                        .set(ATTENDANCE_RECORD.HALF_DAYS, attendance.halfDays())
                        .set(ATTENDANCE_RECORD.REASON, reason)
                        .set(ATTENDANCE_RECORD.RECORDED_BY, recordedBy)
                        .onConflictDoNothing()
                        .execute()
                == 1;
    }

    /**
     * Records version 1 for each member not recorded yet, in one statement; the members it recorded (a member
     * recorded meanwhile, by another facilitator, is not among them).
     */
    Set<String> insertFirst(CommuneId commune, UUID session, Map<SeatHolder, Attendance> readings, String recordedBy) {
        if (readings.isEmpty()) {
            return Set.of();
        }
        var insert = dsl.insertInto(
                ATTENDANCE_RECORD,
                ATTENDANCE_RECORD.COMMUNE_ID,
                ATTENDANCE_RECORD.SESSION_ID,
                ATTENDANCE_RECORD.USER_ID,
                ATTENDANCE_RECORD.VERSION,
                ATTENDANCE_RECORD.MANDATE_ID,
                ATTENDANCE_RECORD.NAME,
                ATTENDANCE_RECORD.STATUS,
                ATTENDANCE_RECORD.HALF_DAYS,
                ATTENDANCE_RECORD.RECORDED_BY);
        for (var reading : readings.entrySet()) {
            var holder = reading.getKey();
            insert = insert.values(
                    commune.value(),
                    session,
                    holder.userId(),
                    1,
                    holder.mandateId(),
                    holder.name(),
                    reading.getValue().status().name(),
                    reading.getValue().halfDays(),
                    recordedBy);
        }
        return new HashSet<>(insert.onConflictDoNothing()
                .returningResult(ATTENDANCE_RECORD.USER_ID)
                .fetch(ATTENDANCE_RECORD.USER_ID));
    }

    /** Each member's latest version at the session. */
    Map<String, AttendanceVersion> current(UUID session) {
        return dsl
                .selectDistinct(ATTENDANCE_RECORD.asterisk())
                .on(ATTENDANCE_RECORD.USER_ID)
                .from(ATTENDANCE_RECORD)
                .where(ATTENDANCE_RECORD.SESSION_ID.eq(session))
                .orderBy(ATTENDANCE_RECORD.USER_ID, ATTENDANCE_RECORD.VERSION.desc())
                .fetchInto(ATTENDANCE_RECORD)
                .stream()
                .collect(Collectors.toMap(AttendanceRecordRecord::getUserId, AttendanceRepository::toVersion));
    }

    Optional<AttendanceVersion> current(UUID session, String userId) {
        return dsl.selectFrom(ATTENDANCE_RECORD)
                .where(ATTENDANCE_RECORD.SESSION_ID.eq(session), ATTENDANCE_RECORD.USER_ID.eq(userId))
                .orderBy(ATTENDANCE_RECORD.VERSION.desc())
                .limit(1)
                .fetchOptional(AttendanceRepository::toVersion);
    }

    /** The member's line as recorded (for a member no longer seated, whose history stays). */
    /** Who is on the session's record (as the first version names them), by user. */
    Map<String, SeatHolder> recordedHolders(UUID session) {
        return dsl.select(ATTENDANCE_RECORD.MANDATE_ID, ATTENDANCE_RECORD.USER_ID, ATTENDANCE_RECORD.NAME)
                .from(ATTENDANCE_RECORD)
                .where(ATTENDANCE_RECORD.SESSION_ID.eq(session), ATTENDANCE_RECORD.VERSION.eq(1))
                .fetchMap(r -> r.value2(), r -> new SeatHolder(r.value1(), r.value2(), r.value3(), 0));
    }

    /** The members whose current record says they were there, whole or in part. */
    List<SeatHolder> present(UUID session) {
        return dsl
                .selectDistinct(ATTENDANCE_RECORD.asterisk())
                .on(ATTENDANCE_RECORD.USER_ID)
                .from(ATTENDANCE_RECORD)
                .where(ATTENDANCE_RECORD.SESSION_ID.eq(session))
                .orderBy(ATTENDANCE_RECORD.USER_ID, ATTENDANCE_RECORD.VERSION.desc())
                .fetchInto(ATTENDANCE_RECORD)
                .stream()
                .filter(r -> AttendanceStatus.valueOf(r.getStatus()).isThere())
                .map(r -> new SeatHolder(r.getMandateId(), r.getUserId(), r.getName(), 0))
                .toList();
    }

    Optional<SeatHolder> recordedHolder(UUID session, String userId) {
        return dsl.select(ATTENDANCE_RECORD.MANDATE_ID, ATTENDANCE_RECORD.USER_ID, ATTENDANCE_RECORD.NAME)
                .from(ATTENDANCE_RECORD)
                .where(ATTENDANCE_RECORD.SESSION_ID.eq(session), ATTENDANCE_RECORD.USER_ID.eq(userId))
                .and(ATTENDANCE_RECORD.VERSION.eq(1))
                .fetchOptional(r -> new SeatHolder(r.value1(), r.value2(), r.value3(), 0));
    }

    List<AttendanceVersion> history(UUID session, String userId) {
        return dsl.selectFrom(ATTENDANCE_RECORD)
                .where(ATTENDANCE_RECORD.SESSION_ID.eq(session), ATTENDANCE_RECORD.USER_ID.eq(userId))
                .orderBy(ATTENDANCE_RECORD.VERSION)
                .fetch(AttendanceRepository::toVersion);
    }

    /**
     * A person deleted their account: their attendance stays, as the ledger's basis, under an id that names nobody
     * (one per person, so that their lines stay one member's).
     */
    void pseudonymise(String userId) {
        String alias = "erased-" + UUID.randomUUID();
        dsl.update(ATTENDANCE_RECORD)
                .set(ATTENDANCE_RECORD.USER_ID, alias)
                .set(ATTENDANCE_RECORD.NAME, "—")
                .where(ATTENDANCE_RECORD.USER_ID.eq(userId))
                .execute();
    }

    private static AttendanceVersion toVersion(AttendanceRecordRecord r) {
        return new AttendanceVersion(
                r.getVersion(),
                AttendanceStatus.valueOf(r.getStatus()),
                r.getHalfDays(),
                r.getReason(),
                r.getRecordedBy(),
                r.getRecordedAt());
    }
}
