package org.civiclimate.tenant.membership;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.civiclimate.platform.security.Caller;
import org.civiclimate.platform.tenancy.CommuneContext;
import org.civiclimate.platform.web.PageResponse;
import org.civiclimate.tenant.membership.domain.JoinPolicy;
import org.civiclimate.tenant.membership.domain.JoiningRule;
import org.civiclimate.tenant.roles.CommuneRole;
import org.civiclimate.tenant.roles.Member;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A commune's people: {@code /membership} (the caller joins or leaves), {@code /members} (its admins manage roles),
 * {@code /joining} (its admins choose how citizens join); and its public card under {@code /api/public}.
 */
@RestController
class MembershipResource {

    private final MembershipService membership;

    MembershipResource(MembershipService membership) {
        this.membership = membership;
    }

    record JoinRequest(@Nullable @Size(max = 64) String code) {}

    record Joined(String slug, List<CommuneRole> roles) {}

    record JoiningSettings(JoinPolicy policy, String invitationCode) {
        static JoiningSettings of(JoiningRule rule) {
            return new JoiningSettings(rule.policy(), rule.invitationCode());
        }
    }

    record PolicyChange(@NotNull JoinPolicy policy) {}

    @Operation(operationId = "joinCommune", summary = "Join a commune")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "409", description = "The commune is not active yet")
    @ApiResponse(responseCode = "422", description = "The invitation code is missing or wrong")
    @PostMapping("/api/communes/{slug}/membership")
    Joined join(
            @PathVariable String slug,
            @Valid @RequestBody(required = false) @Nullable JoinRequest request,
            Caller caller) {
        var code = request == null ? null : request.code();
        return new Joined(slug, membership.join(CommuneContext.require(), caller, code));
    }

    @Operation(operationId = "leaveCommune", summary = "Leave a commune")
    @ApiResponse(responseCode = "204", description = "Left")
    @ApiResponse(responseCode = "409", description = "The caller is the commune's only administrator")
    @DeleteMapping("/api/communes/{slug}/membership")
    ResponseEntity<Void> leave(@PathVariable String slug, Caller caller) {
        membership.leave(CommuneContext.require(), caller);
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "listMembers", summary = "List the members of a commune")
    @GetMapping("/api/communes/{slug}/members")
    PageResponse<Member> members(
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable @Size(max = 100) String q,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
            Caller caller) {
        return membership.members(CommuneContext.require(), caller, q, page, size);
    }

    @Operation(operationId = "grantRole", summary = "Grant a role to a member")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "422", description = "This role is not granted by hand")
    @PutMapping("/api/communes/{slug}/members/{userId}/roles/{role}")
    Member grant(
            @PathVariable String slug,
            @PathVariable @Size(max = 255) String userId,
            @PathVariable CommuneRole role,
            Caller caller) {
        return membership.grant(CommuneContext.require(), caller, userId, role);
    }

    @Operation(operationId = "revokeRole", summary = "Revoke a role from a member")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "409", description = "The member is the commune's only administrator")
    @ApiResponse(responseCode = "422", description = "This role is not granted by hand")
    @DeleteMapping("/api/communes/{slug}/members/{userId}/roles/{role}")
    Member revoke(
            @PathVariable String slug,
            @PathVariable @Size(max = 255) String userId,
            @PathVariable CommuneRole role,
            Caller caller) {
        return membership.revoke(CommuneContext.require(), caller, userId, role);
    }

    @Operation(operationId = "getJoiningSettings", summary = "Get how citizens join a commune")
    @GetMapping("/api/communes/{slug}/joining")
    JoiningSettings joining(@PathVariable String slug, Caller caller) {
        return JoiningSettings.of(membership.joiningRule(CommuneContext.require(), caller));
    }

    @Operation(operationId = "changeJoinPolicy", summary = "Change how citizens join a commune")
    @PutMapping("/api/communes/{slug}/joining")
    JoiningSettings changePolicy(@PathVariable String slug, @Valid @RequestBody PolicyChange change, Caller caller) {
        return JoiningSettings.of(membership.changePolicy(CommuneContext.require(), caller, change.policy()));
    }

    @Operation(operationId = "renewInvitationCode", summary = "Renew the invitation code of a commune")
    @PostMapping("/api/communes/{slug}/joining/code")
    JoiningSettings renewCode(@PathVariable String slug, Caller caller) {
        return JoiningSettings.of(membership.renewCode(CommuneContext.require(), caller));
    }

    @Operation(operationId = "getPublicCommune", summary = "Get the public card of a commune")
    @GetMapping("/api/public/communes/{slug}")
    PublicCommune publicCard(@PathVariable String slug) {
        return membership.publicCard(CommuneContext.require());
    }
}
