package org.civiclimate.tenant.invitation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.civiclimate.platform.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/networks/{slug}/coordinators}: a network's coordinators invite someone by email to coordinate it;
 * {@code /api/networks/{slug}/coordinator-invitations}: the invitations waiting for an answer, and revoking one. The
 * invited person accepts under {@code /api/me/invitations} ({@link InvitationResource}).
 */
@RestController
class CoordinatorInvitationResource {

    private final CoordinatorInvitationService invitations;

    CoordinatorInvitationResource(CoordinatorInvitationService invitations) {
        this.invitations = invitations;
    }

    /** {@code language}: the email's, one of fr, nl, de, en (English by default). */
    record CoordinatorRequest(
            @NotBlank @Size(max = 254) @Email String email,

            @Nullable @Pattern(regexp = "fr|nl|de|en", message = "must be one of fr, nl, de, en")
            String language) {}

    /** An invitation waiting for an answer, as the network's coordinators see it. */
    record WaitingInvitation(UUID id, String email, OffsetDateTime invitedAt, OffsetDateTime expiresAt) {
        static WaitingInvitation of(CoordinatorInvitation invitation) {
            return new WaitingInvitation(
                    invitation.id(), invitation.email(), invitation.invitedAt(), invitation.expiresAt());
        }
    }

    /** 202 and nothing else, for every address: the answer never tells whether it is anyone's on the platform. */
    @Operation(operationId = "inviteCoordinator", summary = "Invite a coordinator")
    @ApiResponse(responseCode = "202", description = "Accepted, whether or not the address is anyone's")
    @PostMapping("/api/networks/{slug}/coordinators")
    ResponseEntity<Void> invite(
            @PathVariable String slug, @Valid @RequestBody CoordinatorRequest request, Caller caller) {
        invitations.invite(slug, caller, request.email(), request.language());
        return ResponseEntity.accepted().build();
    }

    @Operation(operationId = "listCoordinatorInvitations", summary = "List open coordinator invitations")
    @GetMapping("/api/networks/{slug}/coordinator-invitations")
    List<WaitingInvitation> waiting(@PathVariable String slug, Caller caller) {
        return invitations.waiting(slug, caller).stream()
                .map(WaitingInvitation::of)
                .toList();
    }

    @Operation(operationId = "revokeCoordinatorInvitation", summary = "Revoke a coordinator invitation")
    @ApiResponse(responseCode = "204", description = "Revoked")
    @DeleteMapping("/api/networks/{slug}/coordinator-invitations/{id}")
    ResponseEntity<Void> revoke(@PathVariable String slug, @PathVariable UUID id, Caller caller) {
        invitations.revoke(slug, caller, id);
        return ResponseEntity.noContent().build();
    }
}
