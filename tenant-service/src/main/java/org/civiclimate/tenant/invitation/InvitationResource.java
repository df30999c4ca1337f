package org.civiclimate.tenant.invitation;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.civiclimate.platform.security.Caller;
import org.civiclimate.platform.tenancy.CommuneContext;
import org.civiclimate.platform.web.PageResponse;
import org.civiclimate.tenant.roles.CommuneRole;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/communes/{slug}/invitations}: a commune's admins invite staff by email and revoke invitations;
 * {@code /api/me/invitations}: the invited person sees and accepts theirs, to a commune's staff or to coordinate a
 * network ({@link CoordinatorInvitationResource}).
 */
@RestController
class InvitationResource {

    private final InvitationService invitations;
    private final CoordinatorInvitationService coordinatorInvitations;

    InvitationResource(InvitationService invitations, CoordinatorInvitationService coordinatorInvitations) {
        this.invitations = invitations;
        this.coordinatorInvitations = coordinatorInvitations;
    }

    /** An invitation as shown to the commune's admins. */
    record InvitationResponse(
            UUID id,
            String email,
            CommuneRole role,
            Invitation.Status status,
            OffsetDateTime invitedAt,
            OffsetDateTime expiresAt,
            @Nullable String language) {
        static InvitationResponse of(Invitation invitation) {
            return new InvitationResponse(
                    invitation.id(),
                    invitation.email(),
                    invitation.role(),
                    invitation.status(OffsetDateTime.now()),
                    invitation.invitedAt(),
                    invitation.expiresAt(),
                    invitation.language());
        }
    }

    /** What accepting made of the person: their roles in the commune, or the network they now coordinate. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Accepted.Staff.class, name = "STAFF"),
        @JsonSubTypes.Type(value = Accepted.Coordinator.class, name = "COORDINATOR")
    })
    sealed interface Accepted {
        record Staff(String communeSlug, List<CommuneRole> roles) implements Accepted {}

        record Coordinator(String networkSlug) implements Accepted {}
    }

    /** Checked by the service with the commune's languages, so that every field's problem comes in one answer. */
    @Operation(operationId = "inviteStaff", summary = "Invite an administrator or facilitator")
    @ApiResponse(responseCode = "201", description = "Created")
    @ApiResponse(
            responseCode = "409",
            description =
                    "The commune is not active yet, or the address was invited at the same moment by another request")
    @PostMapping("/api/communes/{slug}/invitations")
    ResponseEntity<InvitationResponse> invite(
            @PathVariable String slug, @RequestBody InviteRequest request, Caller caller) {
        var invitation = invitations.invite(CommuneContext.require(), caller, request);
        return ResponseEntity.created(URI.create("/api/communes/" + slug + "/invitations/" + invitation.id()))
                .body(InvitationResponse.of(invitation));
    }

    @Operation(operationId = "listStaffInvitations", summary = "List the staff invitations of a commune")
    @GetMapping("/api/communes/{slug}/invitations")
    PageResponse<InvitationResponse> list(
            @PathVariable String slug,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
            Caller caller) {
        return invitations.list(CommuneContext.require(), caller, page, size).map(InvitationResponse::of);
    }

    @Operation(operationId = "revokeStaffInvitation", summary = "Revoke a staff invitation")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "409", description = "The invitation was accepted, revoked or has expired")
    @DeleteMapping("/api/communes/{slug}/invitations/{id}")
    InvitationResponse revoke(@PathVariable String slug, @PathVariable UUID id, Caller caller) {
        return InvitationResponse.of(invitations.revoke(CommuneContext.require(), caller, id));
    }

    @Operation(operationId = "getPublicInvitation", summary = "Read an invitation by its link, before signing in")
    @GetMapping("/api/public/invitations/{id}")
    PublicInvitation byLink(@PathVariable UUID id) {
        return invitations.byLink(id);
    }

    @Operation(operationId = "listMyInvitations", summary = "List my open invitations")
    @GetMapping("/api/me/invitations")
    List<MyInvitation> mine(Caller caller) {
        return invitations.mine(caller);
    }

    /** A staff invitation is accepted in its commune, bound first; any other id is a coordinator invitation's, or none. */
    @Operation(operationId = "acceptInvitation", summary = "Accept an invitation")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "409", description = "The invitation was accepted, revoked or has expired")
    @PostMapping("/api/me/invitations/{id}/acceptance")
    Accepted accept(@PathVariable UUID id, Caller caller) {
        var staff = invitations.communeOf(id, caller);
        if (staff.isEmpty()) {
            return new Accepted.Coordinator(coordinatorInvitations.accept(id, caller));
        }
        var commune = staff.get();
        var roles = CommuneContext.callAs(commune, () -> invitations.accept(commune, id, caller));
        return new Accepted.Staff(invitations.slugOf(commune), roles);
    }
}
