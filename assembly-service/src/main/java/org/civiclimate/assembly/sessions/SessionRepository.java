package org.civiclimate.assembly.sessions;

import static org.civiclimate.assembly.db.Tables.ASSEMBLY_SESSION;
import static org.civiclimate.assembly.db.Tables.CONVOCATION;
import static org.civiclimate.assembly.db.Tables.SESSION_GUEST;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.civiclimate.assembly.assemblies.SeatHolder;
import org.civiclimate.assembly.db.tables.records.AssemblySessionRecord;
import org.civiclimate.assembly.db.tables.records.ConvocationRecord;
import org.civiclimate.assembly.sessions.domain.ConvocationResponse;
import org.civiclimate.assembly.sessions.domain.SessionKind;
import org.civiclimate.platform.tenancy.CommuneId;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The commune's sessions, their guests and convocations (row-level security keeps each commune to its own). */
@Repository
class SessionRepository {

    private final DSLContext dsl;

    SessionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void insert(
            CommuneId commune,
            UUID id,
            UUID assembly,
            SessionRequest request,
            OffsetDateTime startsAt,
            OffsetDateTime endsAt,
            int halfDays,
            String createdBy) {
        dsl.insertInto(ASSEMBLY_SESSION)
                .set(ASSEMBLY_SESSION.COMMUNE_ID, commune.value())
                .set(ASSEMBLY_SESSION.ID, id)
                .set(ASSEMBLY_SESSION.ASSEMBLY_ID, assembly)
                .set(ASSEMBLY_SESSION.CREATED_BY, createdBy)
                .set(fields(request, startsAt, endsAt, halfDays))
                .execute();
        insertGuests(commune, id, request.guestList());
    }

    void update(
            CommuneId commune,
            UUID id,
            SessionRequest request,
            OffsetDateTime startsAt,
            OffsetDateTime endsAt,
            int halfDays) {
        dsl.update(ASSEMBLY_SESSION)
                .set(fields(request, startsAt, endsAt, halfDays))
                .where(ASSEMBLY_SESSION.ID.eq(id))
                .execute();
        dsl.deleteFrom(SESSION_GUEST).where(SESSION_GUEST.SESSION_ID.eq(id)).execute();
        insertGuests(commune, id, request.guestList());
    }

    private static Map<org.jooq.Field<?>, Object> fields(
            SessionRequest request, OffsetDateTime startsAt, OffsetDateTime endsAt, int halfDays) {
        var values = new java.util.HashMap<org.jooq.Field<?>, Object>();
        values.put(ASSEMBLY_SESSION.KIND, request.kind().name());
        values.put(ASSEMBLY_SESSION.TITLE, request.title().strip());
        values.put(ASSEMBLY_SESSION.STARTS_AT, startsAt);
        values.put(ASSEMBLY_SESSION.ENDS_AT, endsAt);
        values.put(ASSEMBLY_SESSION.HALF_DAYS, halfDays);
        values.put(ASSEMBLY_SESSION.PLACE, blankToNull(request.place()));
        values.put(ASSEMBLY_SESSION.ONLINE_LINK, blankToNull(request.onlineLink()));
        values.put(ASSEMBLY_SESSION.AGENDA, request.agendaItems().toArray(String[]::new));
        return values;
    }

    private void insertGuests(CommuneId commune, UUID session, List<Guest> guests) {
        for (int i = 0; i < guests.size(); i++) {
            var guest = guests.get(i);
            dsl.insertInto(SESSION_GUEST)
                    .set(SESSION_GUEST.COMMUNE_ID, commune.value())
                    .set(SESSION_GUEST.SESSION_ID, session)
                    .set(SESSION_GUEST.POSITION, i)
                    .set(SESSION_GUEST.NAME, guest.name().strip())
                    .set(SESSION_GUEST.ORGANISATION, blankToNull(guest.organisation()))
                    .set(SESSION_GUEST.ROLE, blankToNull(guest.role()))
                    .execute();
        }
    }

    List<StoredSession> all(UUID assembly) {
        return dsl.selectFrom(ASSEMBLY_SESSION)
                .where(ASSEMBLY_SESSION.ASSEMBLY_ID.eq(assembly))
                .orderBy(ASSEMBLY_SESSION.STARTS_AT, ASSEMBLY_SESSION.ID)
                .fetch(SessionRepository::toSession);
    }

    Optional<StoredSession> find(UUID assembly, UUID id) {
        return dsl.selectFrom(ASSEMBLY_SESSION)
                .where(ASSEMBLY_SESSION.ASSEMBLY_ID.eq(assembly), ASSEMBLY_SESSION.ID.eq(id))
                .fetchOptional(SessionRepository::toSession);
    }

    /** Locks the session's row: convening, changing and cancelling one session queue behind each other. */
    Optional<StoredSession> lock(UUID assembly, UUID id) {
        return dsl.selectFrom(ASSEMBLY_SESSION)
                .where(ASSEMBLY_SESSION.ASSEMBLY_ID.eq(assembly), ASSEMBLY_SESSION.ID.eq(id))
                .forUpdate()
                .fetchOptional(SessionRepository::toSession);
    }

    void cancel(UUID id) {
        dsl.update(ASSEMBLY_SESSION)
                .set(ASSEMBLY_SESSION.STATUS, SessionView.Status.CANCELLED.name())
                .where(ASSEMBLY_SESSION.ID.eq(id))
                .execute();
    }

    List<Guest> guests(UUID session) {
        return dsl.selectFrom(SESSION_GUEST)
                .where(SESSION_GUEST.SESSION_ID.eq(session))
                .orderBy(SESSION_GUEST.POSITION)
                .fetch(r -> new Guest(r.getName(), r.getOrganisation(), r.getRole()));
    }

    SessionView.Responses responses(UUID session) {
        var counts = dsl.select(
                        DSL.count(),
                        DSL.count().filterWhere(CONVOCATION.RESPONSE.eq(ConvocationResponse.CONFIRMED.name())),
                        DSL.count().filterWhere(CONVOCATION.RESPONSE.eq(ConvocationResponse.EXCUSED.name())))
                .from(CONVOCATION)
                .where(CONVOCATION.SESSION_ID.eq(session))
                .fetchSingle();
        return new SessionView.Responses(counts.value1(), counts.value2(), counts.value3());
    }

    /** Convenes the holders not convened yet; the user ids it newly convened. */
    List<String> convene(CommuneId commune, UUID session, List<SeatHolder> holders) {
        var added = new java.util.ArrayList<String>();
        for (var holder : holders) {
            int inserted = dsl.insertInto(CONVOCATION)
                    .set(CONVOCATION.COMMUNE_ID, commune.value())
                    .set(CONVOCATION.SESSION_ID, session)
                    .set(CONVOCATION.USER_ID, holder.userId())
                    .set(CONVOCATION.MANDATE_ID, holder.mandateId())
                    .set(CONVOCATION.NAME, holder.name())
                    .onConflictDoNothing()
                    .execute();
            if (inserted == 1) {
                added.add(holder.userId());
            }
        }
        return added;
    }

    /** Those convened to the session, as seat holders of no seat (seat 0), with the mandate they were convened on. */
    List<SeatHolder> convenedTo(UUID session) {
        return dsl.select(CONVOCATION.MANDATE_ID, CONVOCATION.USER_ID, CONVOCATION.NAME)
                .from(CONVOCATION)
                .where(CONVOCATION.SESSION_ID.eq(session))
                .orderBy(DSL.lower(CONVOCATION.NAME), CONVOCATION.USER_ID)
                .fetch(r -> new SeatHolder(r.value1(), r.value2(), r.value3(), 0));
    }

    List<Convocation> convocations(UUID session) {
        return dsl.selectFrom(CONVOCATION)
                .where(CONVOCATION.SESSION_ID.eq(session))
                .orderBy(DSL.lower(CONVOCATION.NAME), CONVOCATION.USER_ID)
                .fetch(SessionRepository::toConvocation);
    }

    Optional<Convocation> convocation(UUID session, String userId) {
        return dsl.selectFrom(CONVOCATION)
                .where(CONVOCATION.SESSION_ID.eq(session), CONVOCATION.USER_ID.eq(userId))
                .fetchOptional(SessionRepository::toConvocation);
    }

    boolean respond(UUID session, String userId, ConvocationResponse response, @Nullable String note) {
        return dsl.update(CONVOCATION)
                        .set(CONVOCATION.RESPONSE, response.name())
                        .set(CONVOCATION.RESPONDED_AT, DSL.currentOffsetDateTime())
                        .set(CONVOCATION.NOTE, blankToNull(note))
                        .where(CONVOCATION.SESSION_ID.eq(session), CONVOCATION.USER_ID.eq(userId))
                        .execute()
                == 1;
    }

    /** A person deleted their account: their convocations go. */
    void erase(String userId) {
        dsl.deleteFrom(CONVOCATION).where(CONVOCATION.USER_ID.eq(userId)).execute();
    }

    static SessionView toView(
            StoredSession r,
            ZoneId zone,
            List<Guest> guests,
            SessionView.Responses responses,
            @Nullable ConvocationResponse mine) {
        return new SessionView(
                r.id(),
                r.assemblyId(),
                r.kind(),
                r.title(),
                r.startsAt().atZoneSameInstant(zone).toOffsetDateTime(),
                r.endsAt().atZoneSameInstant(zone).toOffsetDateTime(),
                zone.getId(),
                r.halfDays(),
                r.place(),
                r.onlineLink(),
                r.agenda(),
                guests,
                r.cancelled() ? SessionView.Status.CANCELLED : SessionView.Status.PLANNED,
                responses,
                mine);
    }

    private static StoredSession toSession(AssemblySessionRecord r) {
        return new StoredSession(
                r.getId(),
                r.getAssemblyId(),
                SessionKind.valueOf(r.getKind()),
                r.getTitle(),
                r.getStartsAt(),
                r.getEndsAt(),
                r.getHalfDays(),
                r.getPlace(),
                r.getOnlineLink(),
                Arrays.asList(r.getAgenda()),
                SessionView.Status.CANCELLED.name().equals(r.getStatus()));
    }

    private static Convocation toConvocation(ConvocationRecord r) {
        return new Convocation(
                r.getSessionId(),
                r.getUserId(),
                r.getName(),
                r.getMandateId(),
                r.getConvenedAt(),
                ConvocationResponse.valueOf(r.getResponse()),
                r.getRespondedAt(),
                r.getNote());
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
