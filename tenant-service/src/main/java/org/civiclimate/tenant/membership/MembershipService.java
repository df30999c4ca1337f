package org.civiclimate.tenant.membership;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.civiclimate.platform.security.Caller;
import org.civiclimate.platform.tenancy.CommuneId;
import org.civiclimate.platform.web.PageResponse;
import org.civiclimate.tenant.audit.AuditAction;
import org.civiclimate.tenant.audit.AuditService;
import org.civiclimate.tenant.commune.CommuneCard;
import org.civiclimate.tenant.commune.CommuneService;
import org.civiclimate.tenant.membership.domain.JoinPolicy;
import org.civiclimate.tenant.membership.domain.JoiningRule;
import org.civiclimate.tenant.provisioning.KeycloakOrganizations;
import org.civiclimate.tenant.roles.CommuneRole;
import org.civiclimate.tenant.roles.Member;
import org.civiclimate.tenant.roles.RoleService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Joining, leaving and role changes in the bound commune. The database changes come first and Keycloak's
 * organization membership last, in the same transaction: if Keycloak fails, nothing is kept; if the commit fails
 * after Keycloak agreed, trying again changes nothing more there.
 */
@Service
public class MembershipService {

    private final CommuneService communes;
    private final RoleService roles;
    private final JoiningRepository joining;
    private final AuditService audit;
    private final KeycloakOrganizations organizations;

    MembershipService(
            CommuneService communes,
            RoleService roles,
            JoiningRepository joining,
            AuditService audit,
            KeycloakOrganizations organizations) {
        this.communes = communes;
        this.roles = roles;
        this.joining = joining;
        this.audit = audit;
        this.organizations = organizations;
    }

    /** The caller joins the commune as a citizen; joining again changes nothing. */
    @Transactional
    public List<CommuneRole> join(CommuneId commune, Caller caller, @Nullable String code) {
        CommuneCard card = communes.card(commune);
        if (!card.active() || card.organizationId() == null) {
            throw MembershipProblems.communeNotActive(card.status());
        }
        var current = roles.rolesOf(commune, caller.userId());
        if (!current.isEmpty()) {
            return current;
        }
        if (!rule(commune).admits(code)) {
            throw MembershipProblems.invitationCodeInvalid(code != null && !code.isBlank());
        }
        roles.remember(caller);
        roles.grant(commune, caller.userId(), CommuneRole.CITIZEN);
        audit.record(commune, caller.userId(), AuditAction.MEMBER_JOINED, Map.of());
        organizations.addMember(card.organizationId(), caller.userId());
        return roles.rolesOf(commune, caller.userId());
    }

    /** The caller leaves the commune, with every role they had there; the last admin cannot. */
    @Transactional
    public void leave(CommuneId commune, Caller caller) {
        var current = roles.holdRolesOf(commune, caller.userId());
        if (current.isEmpty()) {
            return;
        }
        if (current.contains(CommuneRole.ADMIN) && roles.lockAdmins(commune) <= 1) {
            throw MembershipProblems.lastAdmin();
        }
        roles.revokeAll(commune, caller.userId());
        audit.record(commune, caller.userId(), AuditAction.MEMBER_LEFT, Map.of());
        var organization = communes.card(commune).organizationId();
        if (organization != null) {
            organizations.removeMember(organization, caller.userId());
        }
    }

    /**
     * Gives the member role to someone seated in the commune's assembly (creating their membership if they had none)
     * and takes it back from someone who no longer is, keeping their other roles; the state is the event's, so
     * applying it again changes nothing. A deleted account is not given the role back.
     */
    @Transactional
    public void followSeating(CommuneId commune, String userId, UUID mandateId, boolean seated) {
        boolean changed;
        AuditAction action;
        if (seated) {
            changed = !roles.isErased(userId) && roles.grant(commune, userId, CommuneRole.MEMBER);
            action = AuditAction.ROLE_GRANTED;
        } else {
            changed = roles.revoke(commune, userId, CommuneRole.MEMBER);
            action = AuditAction.ROLE_REVOKED;
        }
        if (changed) {
            audit.record(
                    commune,
                    AuditService.PLATFORM,
                    action,
                    Map.of("userId", userId, "role", CommuneRole.MEMBER.name(), "mandateId", mandateId.toString()));
        }
    }

    /** The commune's members, for its staff: admins manage their roles, facilitators find those they seat. */
    @Transactional(readOnly = true)
    public PageResponse<Member> members(CommuneId commune, Caller caller, @Nullable String search, int page, int size) {
        roles.requireStaff(commune, caller);
        return roles.members(commune, search, page, size);
    }

    /** An admin gives a member the administrator or facilitator role. */
    @Transactional
    public Member grant(CommuneId commune, Caller caller, String userId, CommuneRole role) {
        requireGrantable(commune, caller, role);
        requireMember(commune, userId);
        if (roles.grant(commune, userId, role)) {
            audit.record(
                    commune, caller.userId(), AuditAction.ROLE_GRANTED, Map.of("userId", userId, "role", role.name()));
        }
        return member(commune, userId);
    }

    /** An admin takes the administrator or facilitator role back; the last admin keeps theirs. */
    @Transactional
    public Member revoke(CommuneId commune, Caller caller, String userId, CommuneRole role) {
        requireGrantable(commune, caller, role);
        requireMember(commune, userId);
        if (role == CommuneRole.ADMIN
                && roles.holdRolesOf(commune, userId).contains(CommuneRole.ADMIN)
                && roles.lockAdmins(commune) <= 1) {
            throw MembershipProblems.lastAdmin();
        }
        if (roles.revoke(commune, userId, role)) {
            audit.record(
                    commune, caller.userId(), AuditAction.ROLE_REVOKED, Map.of("userId", userId, "role", role.name()));
        }
        // Someone with no role left is no longer in the commune: shown with none.
        return roles.member(commune, userId).orElseGet(() -> Member.withoutRoles(userId));
    }

    /** The commune's joining rule, for its admins. */
    @Transactional
    public JoiningRule joiningRule(CommuneId commune, Caller caller) {
        roles.requireAdmin(commune, caller);
        return rule(commune);
    }

    @Transactional
    public JoiningRule changePolicy(CommuneId commune, Caller caller, JoinPolicy policy) {
        roles.requireAdmin(commune, caller);
        var rule = rule(commune);
        if (rule.policy() == policy) {
            return rule;
        }
        var changed = rule.withPolicy(policy);
        joining.update(commune, changed);
        communes.joinPolicyChosen(commune, policy.name());
        audit.record(commune, caller.userId(), AuditAction.JOINING_CHANGED, Map.of("policy", policy.name()));
        return changed;
    }

    @Transactional
    public JoiningRule renewCode(CommuneId commune, Caller caller) {
        roles.requireAdmin(commune, caller);
        var renewed = rule(commune).withNewCode();
        joining.update(commune, renewed);
        audit.record(commune, caller.userId(), AuditAction.INVITATION_CODE_RENEWED, Map.of());
        return renewed;
    }

    /**
     * What anyone may know of the commune: who it is and how to join it. An anonymous read never writes: a commune
     * that never chose its rule is shown the default policy, which is stored only when someone needs its code.
     */
    @Transactional(readOnly = true)
    public PublicCommune publicCard(CommuneId commune) {
        var card = communes.card(commune);
        return new PublicCommune(
                card.slug(),
                card.name(),
                card.country(),
                card.languages(),
                card.postalCodes(),
                card.description(),
                card.status(),
                joining.find(commune).orElseGet(JoiningRule::byDefault).policy(),
                new PublicCommune.Spaces(card.assemblyReady(), card.planReady()));
    }

    /** The commune's rule; a commune that never chose gets the default one, stored so that its code stays. */
    private JoiningRule rule(CommuneId commune) {
        return joining.find(commune).orElseGet(() -> {
            joining.insertIfAbsent(commune, JoiningRule.byDefault());
            return joining.find(commune).orElseThrow();
        });
    }

    private void requireGrantable(CommuneId commune, Caller caller, CommuneRole role) {
        roles.requireAdmin(commune, caller);
        if (!role.grantedByAdmins()) {
            throw MembershipProblems.roleNotGrantable(role.name());
        }
    }

    private void requireMember(CommuneId commune, String userId) {
        if (roles.rolesOf(commune, userId).isEmpty()) {
            throw MembershipProblems.memberNotFound();
        }
    }

    private Member member(CommuneId commune, String userId) {
        return roles.member(commune, userId).orElseThrow(MembershipProblems::memberNotFound);
    }
}
