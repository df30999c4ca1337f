package org.civiclimate.assembly.attendance;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.UUID;
import org.civiclimate.platform.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/communes/{slug}/assembly/assemblies/{assembly}/sessions/{session}/attendance")
class AttendanceResource {

    private final AttendanceService attendance;

    AttendanceResource(AttendanceService attendance) {
        this.attendance = attendance;
    }

    @Operation(operationId = "getAttendanceSheet", summary = "The session's attendance sheet (staff)")
    @GetMapping
    List<SheetLine> sheet(
            @PathVariable String slug, @PathVariable UUID assembly, @PathVariable UUID session, Caller caller) {
        return attendance.sheet(assembly, session, caller);
    }

    @Operation(
            operationId = "recordAttendance",
            summary = "Record the attendance of members not recorded yet (staff; sending the same sheet again changes"
                    + " nothing)")
    @PostMapping
    SheetResult record(
            @PathVariable String slug,
            @PathVariable UUID assembly,
            @PathVariable UUID session,
            @RequestBody SheetRequest request,
            Caller caller) {
        return attendance.record(assembly, session, request, caller);
    }

    @Operation(
            operationId = "correctAttendance",
            summary = "Correct a member's recorded attendance, with a reason (staff)")
    @PostMapping("/{userId}/corrections")
    AttendanceVersion correct(
            @PathVariable String slug,
            @PathVariable UUID assembly,
            @PathVariable UUID session,
            @PathVariable String userId,
            @RequestBody CorrectionRequest request,
            Caller caller) {
        return attendance.correct(assembly, session, userId, request, caller);
    }

    @Operation(operationId = "getAttendanceHistory", summary = "Every version of a member's attendance (staff)")
    @GetMapping("/{userId}/history")
    List<AttendanceVersion> history(
            @PathVariable String slug,
            @PathVariable UUID assembly,
            @PathVariable UUID session,
            @PathVariable String userId,
            Caller caller) {
        return attendance.history(assembly, session, userId, caller);
    }
}
