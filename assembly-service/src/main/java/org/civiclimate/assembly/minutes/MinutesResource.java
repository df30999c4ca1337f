package org.civiclimate.assembly.minutes;

import io.swagger.v3.oas.annotations.Operation;
import java.util.UUID;
import org.civiclimate.platform.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/communes/{slug}/assembly/assemblies/{assembly}/sessions/{session}/minutes")
class MinutesResource {

    private final MinutesService minutes;

    MinutesResource(MinutesService minutes) {
        this.minutes = minutes;
    }

    @Operation(operationId = "getMinutes", summary = "The session's minutes (published; the draft for staff)")
    @GetMapping
    Minutes get(@PathVariable String slug, @PathVariable UUID assembly, @PathVariable UUID session, Caller caller) {
        return minutes.get(assembly, session, caller);
    }

    @Operation(operationId = "writeMinutes", summary = "Draft the minutes against the version read, 0 at first (staff)")
    @PutMapping
    Minutes write(
            @PathVariable String slug,
            @PathVariable UUID assembly,
            @PathVariable UUID session,
            @RequestBody MinutesRequest request,
            Caller caller) {
        return minutes.write(assembly, session, request, caller);
    }

    @Operation(operationId = "publishMinutes", summary = "Publish the minutes to the members, for good (staff)")
    @PostMapping("/publication")
    Minutes publish(@PathVariable String slug, @PathVariable UUID assembly, @PathVariable UUID session, Caller caller) {
        return minutes.publish(assembly, session, caller);
    }
}
