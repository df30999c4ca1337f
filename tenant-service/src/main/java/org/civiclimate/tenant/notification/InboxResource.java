package org.civiclimate.tenant.notification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.UUID;
import org.civiclimate.platform.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/me/notifications}: the signed-in person's notifications, from every commune. */
@RestController
class InboxResource {

    private final InboxService inbox;

    InboxResource(InboxService inbox) {
        this.inbox = inbox;
    }

    @Operation(operationId = "listMyNotifications", summary = "List my notifications, newest first")
    @GetMapping("/api/me/notifications")
    InboxPage page(
            @RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
            Caller caller) {
        return inbox.page(caller, unread, page, size);
    }

    @Operation(operationId = "readMyNotification", summary = "Mark one of my notifications read")
    @ApiResponse(responseCode = "204", description = "Read")
    @ApiResponse(responseCode = "404", description = "No such notification of mine")
    @PostMapping("/api/me/notifications/{id}/read")
    ResponseEntity<Void> read(@PathVariable UUID id, Caller caller) {
        inbox.markRead(caller, id);
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "readAllMyNotifications", summary = "Mark all my notifications read")
    @ApiResponse(responseCode = "204", description = "Read")
    @PostMapping("/api/me/notifications/read")
    ResponseEntity<Void> readAll(Caller caller) {
        inbox.markAllRead(caller);
        return ResponseEntity.noContent().build();
    }
}
