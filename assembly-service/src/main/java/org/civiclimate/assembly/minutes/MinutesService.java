package org.civiclimate.assembly.minutes;

import jakarta.validation.Validator;
import java.util.UUID;
import org.civiclimate.assembly.sessions.SessionService;
import org.civiclimate.platform.communes.CommuneAccess;
import org.civiclimate.platform.security.Caller;
import org.civiclimate.platform.tenancy.CommuneContext;
import org.civiclimate.platform.web.ApiProblem;
import org.civiclimate.platform.web.FieldChecks;
import org.civiclimate.platform.web.ProblemType;
import org.civiclimate.platform.web.ProblemTypes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Use cases of minutes: the staff draft and publish; the members read what is published. */
@Service
class MinutesService {

    static final ProblemType PUBLISHED =
            new ProblemType("minutes-published", "The minutes are published: they change no more", HttpStatus.CONFLICT);
    static final ProblemType CHANGED =
            new ProblemType("minutes-changed", "The minutes were edited meanwhile: reload them", HttpStatus.CONFLICT);

    private final MinutesRepository minutes;
    private final SessionService sessions;
    private final CommuneAccess access;
    private final Validator validator;

    MinutesService(MinutesRepository minutes, SessionService sessions, CommuneAccess access, Validator validator) {
        this.minutes = minutes;
        this.sessions = sessions;
        this.access = access;
        this.validator = validator;
    }

    /** The minutes: published ones for every member, a draft for the staff only (404 to others, as if none). */
    @Transactional(readOnly = true)
    public Minutes get(UUID assembly, UUID session, Caller caller) {
        sessions.facts(assembly, session);
        return minutes.find(session)
                .filter(found -> found.status() == Minutes.Status.PUBLISHED || access.isStaff(caller))
                .orElseThrow(() -> new ApiProblem(ProblemTypes.NOT_FOUND, "No minutes are published for this session"));
    }

    @Transactional
    public Minutes write(UUID assembly, UUID session, MinutesRequest request, Caller caller) {
        access.requireStaff(caller);
        FieldChecks.of(validator, request).throwIfAny();
        sessions.facts(assembly, session);
        String text = request.text().strip();
        var current = minutes.find(session);
        boolean written = current.isEmpty()
                ? request.editing() == 0 && minutes.insert(CommuneContext.require(), session, text, caller.userId())
                : minutes.update(session, request.editing(), text, caller.userId());
        if (!written) {
            var now = minutes.find(session).orElseThrow();
            if (now.status() == Minutes.Status.PUBLISHED) {
                throw new ApiProblem(PUBLISHED, "The minutes are published: they change no more");
            }
            throw new ApiProblem(CHANGED, "The minutes are at version " + now.version() + " now: reload them");
        }
        return minutes.find(session).orElseThrow();
    }

    /** Publishes the draft, for good; publishing again changes nothing. */
    @Transactional
    public Minutes publish(UUID assembly, UUID session, Caller caller) {
        access.requireStaff(caller);
        sessions.facts(assembly, session);
        if (minutes.find(session).isEmpty()) {
            throw new ApiProblem(ProblemTypes.NOT_FOUND, "No minutes are drafted for this session");
        }
        minutes.publish(session, caller.userId());
        return minutes.find(session).orElseThrow();
    }
}
