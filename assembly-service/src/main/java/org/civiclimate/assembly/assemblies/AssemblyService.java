package org.civiclimate.assembly.assemblies;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.civiclimate.assembly.assemblies.domain.ChosenBy;
import org.civiclimate.assembly.assemblies.domain.CommuneTime;
import org.civiclimate.assembly.assemblies.domain.Mandate;
import org.civiclimate.assembly.assemblies.domain.MandateStatus;
import org.civiclimate.assembly.assemblies.domain.RotationPlan;
import org.civiclimate.platform.communes.CommuneAccess;
import org.civiclimate.platform.communes.ReplicatedCommunes;
import org.civiclimate.platform.events.EventOutbox;
import org.civiclimate.platform.security.Caller;
import org.civiclimate.platform.tenancy.CommuneContext;
import org.civiclimate.platform.tenancy.CommuneId;
import org.civiclimate.platform.web.ApiProblem;
import org.civiclimate.platform.web.FieldChecks;
import org.civiclimate.platform.web.FieldCode;
import org.civiclimate.platform.web.ProblemTypes;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Use cases of a commune's assemblies and their seats. Every write is staff-only; reads of people too. */
@Service
public class AssemblyService {

    private final AssemblyRepository assemblies;
    private final ReplicatedCommunes communes;
    private final CommuneAccess access;
    private final EventOutbox outbox;
    private final Validator validator;
    private final Clock clock;

    AssemblyService(
            AssemblyRepository assemblies,
            ReplicatedCommunes communes,
            CommuneAccess access,
            EventOutbox outbox,
            Validator validator,
            Clock clock) {
        this.assemblies = assemblies;
        this.communes = communes;
        this.access = access;
        this.outbox = outbox;
        this.validator = validator;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<AssemblyView> all() {
        return assemblies.all();
    }

    @Transactional(readOnly = true)
    public AssemblyView get(UUID id) {
        return assemblies.find(id).orElseThrow(AssemblyProblems::assemblyNotFound);
    }

    @Transactional
    public AssemblyView create(AssemblyRequest request, Caller caller) {
        access.requireStaff(caller);
        var checks = FieldChecks.of(validator, request);
        if (checks.isFine("seats") && checks.isFine("cohorts") && request.cohorts() > request.seats()) {
            checks.add(
                    "cohorts",
                    FieldCode.TOO_LARGE,
                    Map.of("max", request.seats()),
                    "must be no more than the seats (" + request.seats() + ")");
        }
        if (checks.isFine("mandateMonths")
                && checks.isFine("cohorts")
                && request.mandateMonths() % request.cohorts() != 0) {
            checks.add("cohorts", FieldCode.INVALID, "must divide the mandate length in months");
        }
        checks.throwIfAny();
        return assemblies
                .find(assemblies.insert(CommuneContext.require(), request))
                .orElseThrow();
    }

    /** Fails with 404 unless the commune has the assembly: what its sessions check first. */
    @Transactional(readOnly = true)
    public void requireAssembly(UUID assembly) {
        get(assembly);
    }

    /** Who sits in the assembly on the day, seat by seat: whom a session convenes and whose attendance it records. */
    @Transactional(readOnly = true)
    public List<SeatHolder> holdersOn(UUID assembly, LocalDate day) {
        return assemblies.holdersOn(assembly, day);
    }

    /** The assembly's topics (404 unless the commune has the assembly): what its recommendations are drafted on. */
    @Transactional(readOnly = true)
    public List<String> topics(UUID assembly) {
        return get(assembly).topics();
    }

    /** The day it is in the commune bound to this thread (its country's time zone). */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }

    /** The commune's time zone, the one its sessions are typed and shown in. */
    public ZoneId zone() {
        return CommuneTime.zoneOf(communes.require(CommuneContext.require()).country());
    }

    @Transactional(readOnly = true)
    public RotationPlan rotationPlan(UUID assembly) {
        var found = get(assembly);
        return RotationPlan.of(found.rotation(), assemblies.occupiedSeats(assembly), today());
    }

    @Transactional(readOnly = true)
    public List<Mandate> mandates(UUID assembly, @Nullable MandateStatus status, Caller caller) {
        access.requireStaff(caller);
        get(assembly);
        return assemblies.mandates(assembly, status);
    }

    /** Seats a person by hand. */
    /** The caller's own active mandate in the assembly: what lets the page offer them a member's actions. */
    @Transactional(readOnly = true)
    public Mandate mandateOf(UUID assembly, Caller caller) {
        get(assembly);
        return assemblies
                .activeOf(assembly, caller.userId())
                .orElseThrow(() -> new ApiProblem(ProblemTypes.NOT_FOUND, "You hold no seat in this assembly"));
    }

    @Transactional
    public Mandate seatByHand(UUID assembly, SeatRequest request, Caller caller) {
        access.requireStaff(caller);
        var checks = FieldChecks.of(validator, request);
        var found = assemblies.lock(assembly).orElseThrow(AssemblyProblems::assemblyNotFound);
        check(checks, "", found, request);
        checks.throwIfAny();
        return seat(
                found,
                request.userId(),
                request.name(),
                request.seat(),
                request.startsOn(),
                ChosenBy.BY_HAND,
                null,
                caller.userId());
    }

    /**
     * Seats the members of an imported list, all or none: every row's problem is named by its index
     * ({@code mandates[3].seat}), a seat or a person twice in the list too. A row whose person already holds that seat
     * is left as it is, so importing the same list again changes nothing.
     */
    @Transactional
    public SeatListResult seatFromList(UUID assembly, SeatListRequest request, Caller caller) {
        access.requireStaff(caller);
        var checks = FieldChecks.of(validator, request);
        if (checks.problems().stream().anyMatch(p -> p.field().equals("mandates"))) {
            // No list, an empty one or one too long: refused before the lock and without reading its rows.
            checks.throwIfAny();
        }
        var found = assemblies.lock(assembly).orElseThrow(AssemblyProblems::assemblyNotFound);
        var rows = Objects.requireNonNullElse(request.mandates(), List.<SeatRequest>of());
        var seatRows = new HashMap<Integer, Integer>();
        var personRows = new HashMap<String, Integer>();
        var toSeat = new ArrayList<SeatRequest>();
        int unchanged = 0;
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            String at = "mandates[" + i + "]";
            if (row == null || !checks.isFine(at)) {
                continue;
            }
            check(checks, at + ".", found, row);
            Integer seatRow = seatRows.putIfAbsent(row.seat(), i);
            if (seatRow != null) {
                checks.add(at + ".seat", FieldCode.DUPLICATE, "is also in row " + seatRow);
            }
            Integer personRow = personRows.putIfAbsent(row.userId(), i);
            if (personRow != null) {
                checks.add(at + ".userId", FieldCode.DUPLICATE, "is also in row " + personRow);
            }
            if (!checks.isFine(at)) {
                continue;
            }
            var held = assemblies.activeOf(assembly, row.userId());
            if (held.isPresent() && held.get().seat() == row.seat()) {
                unchanged++;
            } else if (held.isPresent()) {
                checks.add(
                        at + ".userId",
                        FieldCode.TAKEN,
                        "already holds seat " + held.get().seat());
            } else if (assemblies.activeIn(assembly, row.seat()).isPresent()) {
                checks.add(at + ".seat", FieldCode.TAKEN, "is held by another member");
            } else {
                toSeat.add(row);
            }
        }
        checks.throwIfAny();
        var seated = toSeat.stream()
                .map(row -> seat(
                        found,
                        row.userId(),
                        row.name(),
                        row.seat(),
                        row.startsOn(),
                        ChosenBy.IMPORTED,
                        null,
                        caller.userId()))
                .toList();
        return new SeatListResult(seated.size(), unchanged, seated);
    }

    /** Those of the commune's mandates that were withdrawn before their term (seating asks, for dropout rates). */
    @Transactional(readOnly = true)
    public Set<UUID> withdrawnAmong(Collection<UUID> mandates) {
        return mandates.isEmpty() ? Set.of() : assemblies.withdrawnAmong(mandates);
    }

    /**
     * Whether the mandate was withdrawn before its term, or is gone with its holder's erased account (seating asks, to
     * replace a drawn member who left).
     */
    @Transactional(readOnly = true)
    public boolean withdrawn(UUID assembly, UUID mandate) {
        return assemblies
                .mandate(assembly, mandate)
                .map(held -> held.status() == MandateStatus.WITHDRAWN)
                .orElse(true);
    }

    /**
     * How many of the assembly's seats nobody holds today, the assembly locked until the transaction ends: two draws
     * offering seats at once count them in turn.
     */
    @Transactional
    public int lockVacantSeats(UUID assembly) {
        var found = assemblies.lock(assembly).orElseThrow(AssemblyProblems::assemblyNotFound);
        return found.seats() - assemblies.activeSeats(assembly).size();
    }

    /**
     * Seats a drawn person who accepted their seat, on the lowest vacant seat; 409 if none is vacant or the person
     * already holds one. Their membership of the commune follows from the mandate ({@code mandate.changed}). Returns
     * the mandate's id.
     */
    @Transactional
    public UUID seatDrawn(
            UUID assembly, UUID draw, String userId, String name, @Nullable LocalDate startsOn, String seatedBy) {
        var found = assemblies.lock(assembly).orElseThrow(AssemblyProblems::assemblyNotFound);
        var held = new HashSet<>(assemblies.activeSeats(assembly));
        int seat = 1;
        while (held.contains(seat)) {
            seat++;
        }
        if (!found.rotation().hasSeat(seat)) {
            throw new ApiProblem(AssemblyProblems.SEAT_TAKEN, "Every seat of the assembly is held");
        }
        // The mandate starts on the day set for the panel, and never before today or the assembly's first sitting.
        var start = today().isBefore(found.firstSittingOn()) ? found.firstSittingOn() : today();
        if (startsOn != null && startsOn.isAfter(start)) {
            start = startsOn;
        }
        return seat(found, userId, name, seat, start, ChosenBy.DRAWN, draw, seatedBy)
                .id();
    }

    /** The checks of one seating against the assembly, its fields named after {@code prefix}. */
    private void check(FieldChecks checks, String prefix, AssemblyView found, SeatRequest request) {
        if (checks.isFine(prefix + "seat") && !found.rotation().hasSeat(request.seat())) {
            checks.add(
                    prefix + "seat",
                    FieldCode.TOO_LARGE,
                    Map.of("max", found.seats()),
                    "the assembly has " + found.seats() + " seats");
        }
        if (checks.isFine(prefix + "userId") && !access.isMember(request.userId())) {
            checks.add(prefix + "userId", FieldCode.NOT_FOUND, "is not a member of the commune");
        }
        if (checks.isFine(prefix + "startsOn") && request.startsOn() != null) {
            if (request.startsOn().isBefore(found.firstSittingOn())) {
                checks.add(
                        prefix + "startsOn",
                        FieldCode.TOO_SMALL,
                        Map.of("min", found.firstSittingOn().toString()),
                        "must be on or after the first sitting (" + found.firstSittingOn() + ")");
            } else if (request.startsOn().isAfter(today().plusYears(1))) {
                checks.add(
                        prefix + "startsOn",
                        FieldCode.TOO_LARGE,
                        Map.of("max", today().plusYears(1).toString()),
                        "must be within a year from today");
            }
        }
    }

    /**
     * Seats a person: the one way a mandate starts, whoever chose them (by hand, an import, the draw). The caller holds
     * the assembly's lock; the unique indexes stand behind it.
     */
    Mandate seat(
            AssemblyView assembly,
            String userId,
            String name,
            int seat,
            @Nullable LocalDate startsOn,
            ChosenBy chosenBy,
            @Nullable UUID draw,
            String seatedBy) {
        assemblies.activeIn(assembly.id(), seat).ifPresent(_ -> {
            throw new ApiProblem(AssemblyProblems.SEAT_TAKEN, "Seat " + seat + " is held by another member");
        });
        assemblies.activeOf(assembly.id(), userId).ifPresent(held -> {
            throw new ApiProblem(
                    AssemblyProblems.ALREADY_SEATED,
                    "The person already holds seat " + held.seat() + " in this assembly");
        });
        var rule = assembly.rotation();
        LocalDate start = startsOn == null ? today() : startsOn;
        var mandate = new Mandate(
                UUID.randomUUID(),
                assembly.id(),
                userId,
                name,
                seat,
                rule.cohortOf(seat),
                start,
                rule.endOfMandate(seat, start),
                MandateStatus.ACTIVE,
                chosenBy,
                null,
                null);
        CommuneId commune = CommuneContext.require();
        assemblies.insert(commune, mandate, seatedBy);
        outbox.publish(commune, new MandateChanged(commune.value(), userId, mandate.id(), true));
        outbox.publish(
                commune,
                new MemberSeated(
                        commune.value(),
                        assembly.id(),
                        mandate.id(),
                        userId,
                        seat,
                        mandate.startsOn(),
                        mandate.endsOn(),
                        chosenBy,
                        draw));
        return mandate;
    }

    @Transactional
    public Mandate withdraw(UUID assembly, UUID mandate, WithdrawalRequest request, Caller caller) {
        access.requireStaff(caller);
        FieldChecks.of(validator, request).throwIfAny();
        assemblies.lock(assembly).orElseThrow(AssemblyProblems::assemblyNotFound);
        var held = assemblies.mandate(assembly, mandate).orElseThrow(AssemblyProblems::mandateNotFound);
        if (!assemblies.end(mandate, MandateStatus.WITHDRAWN, today(), request.reason())) {
            throw new ApiProblem(AssemblyProblems.MANDATE_ENDED, "The mandate has already ended");
        }
        announceUnseated(held);
        CommuneId commune = CommuneContext.require();
        outbox.publish(
                commune,
                new MemberWithdrawn(
                        commune.value(), assembly, mandate, held.userId(), held.seat(), today(), held.chosenBy()));
        return assemblies.mandate(assembly, mandate).orElseThrow();
    }

    /** Ends the bound commune's mandates that reached their end; how many it ended (at most {@code limit}). */
    @Transactional
    public int endDueMandates(int limit) {
        var due = assemblies.due(today(), limit);
        for (var mandate : due) {
            assemblies.end(mandate.id(), MandateStatus.ENDED, mandate.endsOn(), null);
            announceUnseated(mandate);
        }
        return due.size();
    }

    /** A person deleted their account: their mandates go, and the seats they held are vacant. */
    @Transactional
    public void erase(String userId) {
        assemblies.erase(userId);
    }

    private void announceUnseated(Mandate mandate) {
        CommuneId commune = CommuneContext.require();
        outbox.publish(
                commune,
                new MandateChanged(
                        commune.value(), mandate.userId(), mandate.id(), assemblies.isSeated(mandate.userId())));
    }
}
