package org.civiclimate.assembly.attendance;

import jakarta.validation.Validator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.civiclimate.assembly.assemblies.AssemblyService;
import org.civiclimate.assembly.assemblies.SeatHolder;
import org.civiclimate.assembly.attendance.domain.Attendance;
import org.civiclimate.assembly.sessions.SessionFacts;
import org.civiclimate.assembly.sessions.SessionService;
import org.civiclimate.platform.communes.CommuneAccess;
import org.civiclimate.platform.events.EventOutbox;
import org.civiclimate.platform.security.Caller;
import org.civiclimate.platform.tenancy.CommuneContext;
import org.civiclimate.platform.web.ApiProblem;
import org.civiclimate.platform.web.FieldChecks;
import org.civiclimate.platform.web.FieldCode;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Use cases of attendance: staff only, from the session's start on. */
@Service
public class AttendanceService {

    private final AttendanceRepository records;
    private final SessionService sessions;
    private final AssemblyService assemblies;
    private final CommuneAccess access;
    private final EventOutbox outbox;
    private final Validator validator;
    private final Clock clock;

    AttendanceService(
            AttendanceRepository records,
            SessionService sessions,
            AssemblyService assemblies,
            CommuneAccess access,
            EventOutbox outbox,
            Validator validator,
            Clock clock) {
        this.records = records;
        this.sessions = sessions;
        this.assemblies = assemblies;
        this.access = access;
        this.outbox = outbox;
        this.validator = validator;
        this.clock = clock;
    }

    /** The sheet: everyone seated on the session's day, and anyone recorded there since unseated. */
    @Transactional(readOnly = true)
    public List<SheetLine> sheet(UUID assembly, UUID session, Caller caller) {
        access.requireStaff(caller);
        return sheet(sessions.facts(assembly, session));
    }

    /**
     * Records the entries not recorded yet; an entry recorded alike already changes nothing (two facilitators sending
     * the same sheet end with one record), one recorded otherwise refuses the whole sheet: that takes a correction.
     */
    @Transactional
    public SheetResult record(UUID assembly, UUID session, SheetRequest request, Caller caller) {
        access.requireStaff(caller);
        var checks = FieldChecks.of(validator, request);
        var facts = sessions.facts(assembly, session);
        var holders = holdersOf(facts);
        var readings = new LinkedHashMap<SeatHolder, Attendance>();
        if (checks.isFine("entries")) {
            var seen = new HashSet<String>();
            for (int i = 0; i < request.entries().size(); i++) {
                var entry = request.entries().get(i);
                String field = "entries[" + i + "]";
                if (!checks.isFine(field + ".userId") || !checks.isFine(field + ".status")) {
                    continue;
                }
                var holder = holders.get(entry.userId());
                if (holder == null) {
                    checks.add(field + ".userId", FieldCode.NOT_FOUND, "holds no seat on the session's day");
                } else if (!seen.add(entry.userId())) {
                    checks.add(field + ".userId", FieldCode.DUPLICATE, "is on the sheet twice");
                } else {
                    var attendance = read(checks, field + ".halfDays", entry.status(), entry.halfDays(), facts);
                    if (attendance != null) {
                        readings.put(holder, attendance);
                    }
                }
            }
        }
        checks.throwIfAny();
        requireHeld(facts);
        var recorded = records.insertFirst(CommuneContext.require(), session, readings, caller.userId());
        var current =
                recorded.size() == readings.size() ? Map.<String, AttendanceVersion>of() : records.current(session);
        var announcements = new ArrayList<AttendanceRecorded>();
        for (var reading : readings.entrySet()) {
            var holder = reading.getKey();
            var attendance = reading.getValue();
            if (recorded.contains(holder.userId())) {
                announcements.add(announcement(facts, holder, 1, attendance, null));
                continue;
            }
            var was = current.get(holder.userId());
            if (was.status() != attendance.status() || was.halfDays() != attendance.halfDays()) {
                throw new ApiProblem(
                        AttendanceProblems.ALREADY_RECORDED,
                        holder.name() + "'s attendance is already recorded as " + was.status()
                                + ": correct it, with a reason");
            }
        }
        outbox.publishAll(CommuneContext.require(), announcements);
        int unchanged = readings.size() - recorded.size();
        return new SheetResult(recorded.size(), unchanged, sheet(facts));
    }

    /** Corrects the version it names with a new one; a correction of an older version is refused (reload first). */
    @Transactional
    public AttendanceVersion correct(
            UUID assembly, UUID session, String userId, CorrectionRequest request, Caller caller) {
        access.requireStaff(caller);
        var checks = FieldChecks.of(validator, request);
        var facts = sessions.facts(assembly, session);
        Attendance attendance = null;
        if (checks.isFine("status")) {
            attendance = read(checks, "halfDays", request.status(), request.halfDays(), facts);
        }
        checks.throwIfAny();
        var current = records.current(session, userId).orElseThrow(AttendanceProblems::notRecorded);
        if (current.version() != request.correcting()) {
            throw stale(current);
        }
        if (current.status() == attendance.status() && current.halfDays() == attendance.halfDays()) {
            FieldChecks.none()
                    .add("status", FieldCode.INVALID, "is what is recorded already: the correction changes nothing")
                    .throwIfAny();
        }
        var holder = records.recordedHolder(session, userId).orElseThrow();
        int version = current.version() + 1;
        if (!records.insert(
                CommuneContext.require(),
                session,
                holder,
                version,
                attendance,
                request.reason().strip(),
                caller.userId())) {
            throw stale(records.current(session, userId).orElseThrow());
        }
        announce(facts, holder, version, attendance, current);
        return records.current(session, userId).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<AttendanceVersion> history(UUID assembly, UUID session, String userId, Caller caller) {
        access.requireStaff(caller);
        sessions.facts(assembly, session);
        var history = records.history(session, userId);
        if (history.isEmpty()) {
            throw AttendanceProblems.notRecorded();
        }
        return history;
    }

    /** The members recorded as there (whole or in part) at the session, as the records stand now: who votes there. */
    @Transactional(readOnly = true)
    public List<SeatHolder> presentAt(UUID session) {
        return records.present(session);
    }

    @Transactional
    public void erase(String userId) {
        records.pseudonymise(userId);
    }

    private List<SheetLine> sheet(SessionFacts facts) {
        var current = records.current(facts.id());
        var lines = new ArrayList<SheetLine>();
        var holders = holdersOf(facts);
        for (var holder : holders.values()) {
            lines.add(new SheetLine(
                    holder.mandateId(), holder.userId(), holder.name(), holder.seat(), current.get(holder.userId())));
        }
        var recorded = current.keySet().stream().anyMatch(userId -> !holders.containsKey(userId))
                ? records.recordedHolders(facts.id())
                : Map.<String, SeatHolder>of();
        for (var entry : current.entrySet()) {
            if (!holders.containsKey(entry.getKey())) {
                var holder = recorded.get(entry.getKey());
                lines.add(new SheetLine(holder.mandateId(), holder.userId(), holder.name(), 0, entry.getValue()));
            }
        }
        return lines;
    }

    private Map<String, SeatHolder> holdersOf(SessionFacts facts) {
        var holders = new LinkedHashMap<String, SeatHolder>();
        for (var holder : assemblies.holdersOn(facts.assemblyId(), facts.day())) {
            holders.putIfAbsent(holder.userId(), holder);
        }
        for (var former : sessions.convenedWithoutSeat(facts)) {
            holders.putIfAbsent(former.userId(), former);
        }
        return holders;
    }

    private static @Nullable Attendance read(
            FieldChecks checks,
            String field,
            org.civiclimate.assembly.attendance.domain.AttendanceStatus status,
            @Nullable Integer halfDays,
            SessionFacts facts) {
        var reading = Attendance.read(status, halfDays, facts.halfDays());
        switch (reading.refusal()) {
            case null -> {}
            case Attendance.Refusal.HalfDays(int min, int max)
            when min == max ->
                checks.add(
                        field, FieldCode.ONE_OF, Map.of("allowed", List.of(min)), "must be " + min + " for " + status);
            case Attendance.Refusal.HalfDays(int min, int max) ->
                checks.add(
                        field,
                        FieldCode.INVALID,
                        Map.of("min", min, "max", max),
                        "a partial attendance counts " + min + " to " + max + " half-days");
            case Attendance.Refusal.NoPartOfOneHalfDay() ->
                checks.add(field, FieldCode.INVALID, "the session lasts one half-day: present or absent");
        }
        return reading.attendance();
    }

    private void requireHeld(SessionFacts facts) {
        if (!facts.isUnderWayOrHeld(clock.instant())) {
            throw new ApiProblem(
                    AttendanceProblems.SESSION_NOT_HELD, "Attendance is recorded once the session has started");
        }
    }

    private void announce(
            SessionFacts facts, SeatHolder holder, int version, Attendance now, @Nullable AttendanceVersion before) {
        outbox.publish(CommuneContext.require(), announcement(facts, holder, version, now, before));
    }

    private static AttendanceRecorded announcement(
            SessionFacts facts, SeatHolder holder, int version, Attendance now, @Nullable AttendanceVersion before) {
        return new AttendanceRecorded(
                CommuneContext.require().value(),
                facts.assemblyId(),
                facts.id(),
                facts.day(),
                holder.userId(),
                holder.mandateId(),
                version,
                now.status(),
                now.halfDays(),
                facts.halfDays(),
                before == null ? null : before.status(),
                before == null ? null : before.halfDays());
    }

    private static ApiProblem stale(AttendanceVersion current) {
        return new ApiProblem(
                AttendanceProblems.STALE_CORRECTION,
                "The attendance is at version " + current.version() + " now: reload it before correcting");
    }
}
