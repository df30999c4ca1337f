package org.civiclimate.assembly.sessions;

import jakarta.validation.Validator;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.civiclimate.assembly.assemblies.AssemblyService;
import org.civiclimate.assembly.assemblies.SeatHolder;
import org.civiclimate.assembly.sessions.domain.CalendarEvent;
import org.civiclimate.assembly.sessions.domain.ConvocationResponse;
import org.civiclimate.assembly.sessions.domain.SessionKind;
import org.civiclimate.assembly.sessions.domain.SessionTimes;
import org.civiclimate.platform.communes.CommuneAccess;
import org.civiclimate.platform.events.EventOutbox;
import org.civiclimate.platform.security.Caller;
import org.civiclimate.platform.tenancy.CommuneContext;
import org.civiclimate.platform.web.ApiProblem;
import org.civiclimate.platform.web.FieldChecks;
import org.civiclimate.platform.web.FieldCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Use cases of an assembly's sessions. Members read them and answer their convocation; staff do the rest. */
@Service
public class SessionService {

    /** How far ahead a session may be planned. */
    private static final Duration HORIZON = Duration.ofDays(3 * 366);

    private final SessionRepository sessions;
    private final AssemblyService assemblies;
    private final CommuneAccess access;
    private final EventOutbox outbox;
    private final Validator validator;
    private final Clock clock;
    private final AdoptingVotes adoptingVotes;

    SessionService(
            SessionRepository sessions,
            AssemblyService assemblies,
            CommuneAccess access,
            EventOutbox outbox,
            Validator validator,
            Clock clock,
            AdoptingVotes adoptingVotes) {
        this.adoptingVotes = adoptingVotes;
        this.sessions = sessions;
        this.assemblies = assemblies;
        this.access = access;
        this.outbox = outbox;
        this.validator = validator;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<SessionView> all(UUID assembly, Caller caller) {
        assemblies.requireAssembly(assembly);
        var zone = assemblies.zone();
        return sessions.all(assembly).stream().map(r -> view(r, zone, caller)).toList();
    }

    @Transactional(readOnly = true)
    public SessionView get(UUID assembly, UUID session, Caller caller) {
        return view(find(assembly, session), assemblies.zone(), caller);
    }

    @Transactional
    public SessionView create(UUID assembly, SessionRequest request, Caller caller) {
        access.requireStaff(caller);
        assemblies.requireAssembly(assembly);
        var times = checked(request);
        UUID id = UUID.randomUUID();
        sessions.insert(
                CommuneContext.require(),
                id,
                assembly,
                request,
                times.start(),
                times.end(),
                times.halfDays(),
                caller.userId());
        return get(assembly, id, caller);
    }

    /** Changes a session that has not taken place; its convocations stand (members keep their answers). */
    @Transactional
    public SessionView update(UUID assembly, UUID session, SessionRequest request, Caller caller) {
        access.requireStaff(caller);
        var found = sessions.lock(assembly, session).orElseThrow(SessionProblems::sessionNotFound);
        requireUpcoming(found);
        var times = checked(request);
        if (request.kind() != found.kind() && sessions.responses(session).convened() > 0) {
            // Whom it convened follows from its kind (a review convenes former members too): it stays what they were
            // convened to.
            FieldChecks.none()
                    .add("kind", FieldCode.IMMUTABLE, "cannot change once members are convened")
                    .throwIfAny();
        }
        sessions.update(CommuneContext.require(), session, request, times.start(), times.end(), times.halfDays());
        var changed = sessions.lock(assembly, session).orElseThrow();
        if (!sameForMembers(found, changed)) {
            announceChange(changed);
        }
        return get(assembly, session, caller);
    }

    /** Whether the convened would read the same convocation: its title, times, place and online link. */
    private static boolean sameForMembers(StoredSession before, StoredSession after) {
        return before.title().equals(after.title())
                && before.startsAt().isEqual(after.startsAt())
                && before.endsAt().isEqual(after.endsAt())
                && Objects.equals(before.place(), after.place())
                && Objects.equals(before.onlineLink(), after.onlineLink());
    }

    /** Tells everyone convened to the session what it now is (or that it is cancelled); nobody convened, nothing. */
    private void announceChange(StoredSession now) {
        var convened = sessions.convocations(now.id()).stream()
                .map(Convocation::userId)
                .toList();
        if (convened.isEmpty()) {
            return;
        }
        var zone = assemblies.zone();
        var commune = CommuneContext.require();
        outbox.publish(
                commune,
                new SessionChanged(
                        commune.value(),
                        now.assemblyId(),
                        now.id(),
                        UUID.randomUUID(),
                        now.title(),
                        now.kind(),
                        now.startsAt().atZoneSameInstant(zone).toOffsetDateTime(),
                        now.endsAt().atZoneSameInstant(zone).toOffsetDateTime(),
                        zone.getId(),
                        now.place(),
                        now.onlineLink(),
                        now.cancelled(),
                        convened));
    }

    @Transactional
    public SessionView cancel(UUID assembly, UUID session, Caller caller) {
        access.requireStaff(caller);
        var found = sessions.lock(assembly, session).orElseThrow(SessionProblems::sessionNotFound);
        if (!cancelled(found)) {
            requireUpcoming(found);
            sessions.cancel(session);
            announceChange(sessions.lock(assembly, session).orElseThrow());
        }
        return get(assembly, session, caller);
    }

    /**
     * Convenes everyone who holds a seat on the session's day and is not convened yet, and announces them: convening
     * again after new seatings convenes only the newcomers, and convening twice mails nobody twice. A follow-up review
     * also convenes the members who made the assembly's adopted recommendations (those seated on the days of the votes
     * that adopted them), whether or not they still hold a seat, as long as they are in the commune.
     */
    @Transactional
    public ConvocationResult convene(UUID assembly, UUID session, Caller caller) {
        access.requireStaff(caller);
        var found = sessions.lock(assembly, session).orElseThrow(SessionProblems::sessionNotFound);
        requireUpcoming(found);
        var zone = assemblies.zone();
        var holders = new ArrayList<>(assemblies.holdersOn(
                assembly, found.startsAt().atZoneSameInstant(zone).toLocalDate()));
        if (found.kind() == SessionKind.FOLLOW_UP_REVIEW) {
            holders.addAll(formerMembers(assembly, holders, zone));
        }
        if (holders.isEmpty()) {
            throw new ApiProblem(SessionProblems.NOBODY_SEATED, "Nobody holds a seat in the assembly on that day");
        }
        var commune = CommuneContext.require();
        var added = sessions.convene(commune, session, holders);
        if (!added.isEmpty()) {
            outbox.publish(
                    commune,
                    new SessionConvened(
                            commune.value(),
                            assembly,
                            session,
                            found.title(),
                            found.kind(),
                            found.startsAt().atZoneSameInstant(zone).toOffsetDateTime(),
                            found.endsAt().atZoneSameInstant(zone).toOffsetDateTime(),
                            zone.getId(),
                            found.place(),
                            found.onlineLink(),
                            added));
        }
        return new ConvocationResult(added.size(), sessions.responses(session).convened());
    }

    /**
     * Those who made the assembly's adopted recommendations (who held a seat on the day of a vote that adopted one, with
     * that mandate) and are not among the holders, once each.
     */
    private List<SeatHolder> formerMembers(UUID assembly, List<SeatHolder> holders, ZoneId zone) {
        var seated = holders.stream().map(SeatHolder::userId).collect(Collectors.toSet());
        var authors = new LinkedHashMap<String, SeatHolder>();
        for (UUID vote : adoptingVotes.of(assembly)) {
            sessions.find(assembly, vote).ifPresent(found -> {
                var day = found.startsAt().atZoneSameInstant(zone).toLocalDate();
                for (var author : assemblies.holdersOn(assembly, day)) {
                    // Those who have left the commune since are not convened: it would not reach them.
                    if (!seated.contains(author.userId()) && access.isMember(author.userId())) {
                        authors.putIfAbsent(author.userId(), author);
                    }
                }
            });
        }
        return List.copyOf(authors.values());
    }

    /**
     * Those convened to the follow-up review who hold no seat on its day (the members who made the recommendations it
     * reviews), whose attendance it records beside the seated members'; none for other sessions.
     */
    @Transactional(readOnly = true)
    public List<SeatHolder> convenedWithoutSeat(SessionFacts facts) {
        if (!facts.forReview()) {
            return List.of();
        }
        var seated = assemblies.holdersOn(facts.assemblyId(), facts.day()).stream()
                .map(SeatHolder::userId)
                .collect(Collectors.toSet());
        return sessions.convenedTo(facts.id()).stream()
                .filter(holder -> !seated.contains(holder.userId()))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<Convocation> convocations(UUID assembly, UUID session, Caller caller) {
        access.requireStaff(caller);
        find(assembly, session);
        return sessions.convocations(session);
    }

    /** The convened member answers; they may change their mind until the session starts. */
    @Transactional
    public Convocation respond(UUID assembly, UUID session, ResponseRequest request, Caller caller) {
        FieldChecks.of(validator, request).throwIfAny();
        var found = sessions.lock(assembly, session).orElseThrow(SessionProblems::sessionNotFound);
        sessions.convocation(session, caller.userId()).orElseThrow(SessionProblems::notConvened);
        requireUpcoming(found);
        if (request.response() == ConvocationResponse.PENDING) {
            FieldChecks.none()
                    .add(
                            "response",
                            FieldCode.ONE_OF,
                            Map.of("allowed", List.of("CONFIRMED", "EXCUSED")),
                            "must be CONFIRMED or EXCUSED")
                    .throwIfAny();
        }
        sessions.respond(session, caller.userId(), request.response(), request.note());
        return sessions.convocation(session, caller.userId()).orElseThrow();
    }

    /** The session as a calendar file; the sequence grows with each change, so calendars take the newer one. */
    @Transactional(readOnly = true)
    public String calendar(UUID assembly, UUID session) {
        var r = find(assembly, session);
        var description = new StringBuilder();
        for (String item : r.agenda()) {
            description.append("• ").append(item).append('\n');
        }
        return new CalendarEvent(
                        r.id(),
                        r.title(),
                        r.startsAt().toInstant(),
                        r.endsAt().toInstant(),
                        r.place(),
                        r.onlineLink() == null ? null : URI.create(r.onlineLink()),
                        description.toString(),
                        cancelled(r),
                        0,
                        clock.instant())
                .toICalendar();
    }

    /** What attendance reads of a session (404 when the assembly has no such session). */
    @Transactional(readOnly = true)
    public SessionFacts facts(UUID assembly, UUID session) {
        var r = find(assembly, session);
        return new SessionFacts(
                r.id(),
                r.assemblyId(),
                r.startsAt(),
                r.startsAt().atZoneSameInstant(assemblies.zone()).toLocalDate(),
                r.halfDays(),
                cancelled(r),
                r.kind() == SessionKind.VOTE,
                r.kind() == SessionKind.FOLLOW_UP_REVIEW);
    }

    @Transactional
    public void erase(String userId) {
        sessions.erase(userId);
    }

    private StoredSession find(UUID assembly, UUID session) {
        assemblies.requireAssembly(assembly);
        return sessions.find(assembly, session).orElseThrow(SessionProblems::sessionNotFound);
    }

    private SessionView view(StoredSession r, ZoneId zone, Caller caller) {
        var mine = sessions.convocation(r.id(), caller.userId())
                .map(Convocation::response)
                .orElse(null);
        return SessionRepository.toView(r, zone, sessions.guests(r.id()), sessions.responses(r.id()), mine);
    }

    private record Times(OffsetDateTime start, OffsetDateTime end, int halfDays) {}

    /** Checks every field at once, and the times together in the commune's zone. */
    private Times checked(SessionRequest request) {
        var checks = FieldChecks.of(validator, request);
        ZoneId zone = assemblies.zone();
        OffsetDateTime start = null;
        OffsetDateTime end = null;
        if (checks.isFine("startsAt")) {
            start = SessionTimes.at(request.startsAt(), zone).orElse(null);
            if (start == null) {
                checks.add(
                        "startsAt", FieldCode.INVALID, "does not exist in " + zone.getId() + " (the clocks skip it)");
            } else if (start.toInstant().isAfter(clock.instant().plus(HORIZON))) {
                checks.add("startsAt", FieldCode.INVALID, "must be within three years from now");
            }
        }
        if (checks.isFine("endsAt")) {
            end = SessionTimes.at(request.endsAt(), zone).orElse(null);
            if (end == null) {
                checks.add("endsAt", FieldCode.INVALID, "does not exist in " + zone.getId() + " (the clocks skip it)");
            }
        }
        if (start != null && end != null) {
            var length = Duration.between(start, end);
            if (!length.isPositive()) {
                checks.add("endsAt", FieldCode.TOO_SMALL, Map.of("min", "startsAt"), "must be after the start");
            } else if (length.compareTo(SessionTimes.LONGEST) > 0) {
                checks.add(
                        "endsAt",
                        FieldCode.TOO_LARGE,
                        Map.of("maxHours", SessionTimes.LONGEST.toHours()),
                        "a session lasts at most " + SessionTimes.LONGEST.toHours() + " hours");
            }
        }
        boolean noPlace = request.place() == null || request.place().isBlank();
        boolean noLink = request.onlineLink() == null || request.onlineLink().isBlank();
        if (noPlace && noLink && checks.isFine("place") && checks.isFine("onlineLink")) {
            checks.add("place", FieldCode.REQUIRED, "give a place, an online link or both");
        }
        checks.throwIfAny();
        int halfDays =
                request.halfDays() != null ? request.halfDays() : SessionTimes.halfDaysOf(Duration.between(start, end));
        return new Times(start, end, halfDays);
    }

    private void requireUpcoming(StoredSession r) {
        if (cancelled(r)) {
            throw new ApiProblem(SessionProblems.SESSION_CANCELLED, "The session is cancelled");
        }
        if (!r.startsAt().toInstant().isAfter(clock.instant())) {
            throw new ApiProblem(SessionProblems.SESSION_PAST, "The session has already started or taken place");
        }
    }

    private static boolean cancelled(StoredSession r) {
        return r.cancelled();
    }
}
