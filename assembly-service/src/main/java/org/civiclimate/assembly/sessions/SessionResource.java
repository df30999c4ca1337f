package org.civiclimate.assembly.sessions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.civiclimate.platform.security.Caller;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/communes/{slug}/assembly/assemblies/{assembly}/sessions")
class SessionResource {

    private final SessionService sessions;

    SessionResource(SessionService sessions) {
        this.sessions = sessions;
    }

    @Operation(operationId = "listSessions", summary = "List the assembly's sessions, earliest first")
    @GetMapping
    List<SessionView> all(@PathVariable String slug, @PathVariable UUID assembly, Caller caller) {
        return sessions.all(assembly, caller);
    }

    @Operation(operationId = "createSession", summary = "Plan a session (staff)")
    @ApiResponse(responseCode = "201", description = "Created")
    @PostMapping
    ResponseEntity<SessionView> create(
            @PathVariable String slug,
            @PathVariable UUID assembly,
            @RequestBody SessionRequest request,
            Caller caller) {
        var created = sessions.create(assembly, request, caller);
        return ResponseEntity.created(URI.create(
                        "/api/communes/" + slug + "/assembly/assemblies/" + assembly + "/sessions/" + created.id()))
                .body(created);
    }

    @Operation(operationId = "getSession", summary = "Get a session")
    @GetMapping("/{session}")
    SessionView get(@PathVariable String slug, @PathVariable UUID assembly, @PathVariable UUID session, Caller caller) {
        return sessions.get(assembly, session, caller);
    }

    @Operation(operationId = "updateSession", summary = "Change a session that has not started (staff)")
    @PutMapping("/{session}")
    SessionView update(
            @PathVariable String slug,
            @PathVariable UUID assembly,
            @PathVariable UUID session,
            @RequestBody SessionRequest request,
            Caller caller) {
        return sessions.update(assembly, session, request, caller);
    }

    @Operation(operationId = "cancelSession", summary = "Cancel a session that has not started (staff)")
    @PostMapping("/{session}/cancellation")
    SessionView cancel(
            @PathVariable String slug, @PathVariable UUID assembly, @PathVariable UUID session, Caller caller) {
        return sessions.cancel(assembly, session, caller);
    }

    @Operation(
            operationId = "conveneSession",
            summary = "Convene the members seated on the session's day who are not convened yet (staff)")
    @PostMapping("/{session}/convocation")
    ConvocationResult convene(
            @PathVariable String slug, @PathVariable UUID assembly, @PathVariable UUID session, Caller caller) {
        return sessions.convene(assembly, session, caller);
    }

    @Operation(operationId = "listConvocations", summary = "Who is convened and what they answered (staff)")
    @GetMapping("/{session}/convocations")
    List<Convocation> convocations(
            @PathVariable String slug, @PathVariable UUID assembly, @PathVariable UUID session, Caller caller) {
        return sessions.convocations(assembly, session, caller);
    }

    @Operation(operationId = "answerConvocation", summary = "Confirm or excuse oneself (the convened member)")
    @PutMapping("/{session}/convocations/mine")
    Convocation respond(
            @PathVariable String slug,
            @PathVariable UUID assembly,
            @PathVariable UUID session,
            @RequestBody ResponseRequest request,
            Caller caller) {
        return sessions.respond(assembly, session, request, caller);
    }

    @Operation(operationId = "getSessionCalendar", summary = "The session as an iCalendar file")
    @GetMapping(value = "/{session}/calendar.ics", produces = "text/calendar")
    ResponseEntity<String> calendar(
            @PathVariable String slug, @PathVariable UUID assembly, @PathVariable UUID session) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("session-" + session + ".ics")
                                .build()
                                .toString())
                .body(sessions.calendar(assembly, session));
    }
}
