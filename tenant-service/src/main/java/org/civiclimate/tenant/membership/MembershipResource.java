package org.civiclimate.tenant.membership;

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

    @PostMapping("/api/communes/{slug}/membership")
    Joined join(
            @PathVariable String slug,
            @Valid @RequestBody(required = false) @Nullable JoinRequest request,
            Caller caller) {
        var code = request == null ? null : request.code();
        return new Joined(slug, membership.join(CommuneContext.require(), caller, code));
    }

    @DeleteMapping("/api/communes/{slug}/membership")
    ResponseEntity<Void> leave(@PathVariable String slug, Caller caller) {
        membership.leave(CommuneContext.require(), caller);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/communes/{slug}/members")
    PageResponse<Member> members(
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable @Size(max = 100) String q,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
            Caller caller) {
        return membership.members(CommuneContext.require(), caller, q, page, size);
    }

    @PutMapping("/api/communes/{slug}/members/{userId}/roles/{role}")
    Member grant(
            @PathVariable String slug,
            @PathVariable @Size(max = 255) String userId,
            @PathVariable CommuneRole role,
            Caller caller) {
        return membership.grant(CommuneContext.require(), caller, userId, role);
    }

    @DeleteMapping("/api/communes/{slug}/members/{userId}/roles/{role}")
    Member revoke(
            @PathVariable String slug,
            @PathVariable @Size(max = 255) String userId,
            @PathVariable CommuneRole role,
            Caller caller) {
        return membership.revoke(CommuneContext.require(), caller, userId, role);
    }

    @GetMapping("/api/communes/{slug}/joining")
    JoiningSettings joining(@PathVariable String slug, Caller caller) {
        return JoiningSettings.of(membership.joiningRule(CommuneContext.require(), caller));
    }

    @PutMapping("/api/communes/{slug}/joining")
    JoiningSettings changePolicy(@PathVariable String slug, @Valid @RequestBody PolicyChange change, Caller caller) {
        return JoiningSettings.of(membership.changePolicy(CommuneContext.require(), caller, change.policy()));
    }

    @PostMapping("/api/communes/{slug}/joining/code")
    JoiningSettings renewCode(@PathVariable String slug, Caller caller) {
        return JoiningSettings.of(membership.renewCode(CommuneContext.require(), caller));
    }

    @GetMapping("/api/public/communes/{slug}")
    PublicCommune publicCard(@PathVariable String slug) {
        return membership.publicCard(CommuneContext.require());
    }
}
