package org.civiclimate.tenant.roles;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.civiclimate.platform.events.EventOutbox;
import org.civiclimate.platform.security.Caller;
import org.civiclimate.platform.tenancy.CommuneId;
import org.civiclimate.platform.web.ApiProblem;
import org.civiclimate.platform.web.PageResponse;
import org.civiclimate.platform.web.ProblemTypes;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roles of people in communes: granting and revoking them (each change announced with every role the user now
 * has), and the checks the other features authorise with. Works in the bound commune's transaction. Changes of one
 * person's roles in one commune take turns, so that each announcement states what the one before it left plus its own
 * change, and the replicas in the other services end where tenant-service does.
 */
@Service
public class RoleService {

    /**
     * The languages the platform writes to people in: the commune feature's {@code Language} codes, named here because
     * the commune feature depends on roles, not the other way round (as the person table's check does).
     */
    private static final Set<String> LANGUAGES = Set.of("fr", "nl", "de", "en");

    private final RoleRepository roles;
    private final EventOutbox outbox;

    RoleService(RoleRepository roles, EventOutbox outbox) {
        this.roles = roles;
        this.outbox = outbox;
    }

    /** Gives the role; true if the user did not have it (only then is the change announced). */
    @Transactional
    public boolean grant(CommuneId commune, String userId, CommuneRole role) {
        roles.lockMember(commune, userId);
        boolean changed = roles.grant(commune, userId, role);
        if (changed) {
            announce(commune, userId);
        }
        return changed;
    }

    /** Takes the role away; true if the user had it. */
    @Transactional
    public boolean revoke(CommuneId commune, String userId, CommuneRole role) {
        roles.lockMember(commune, userId);
        boolean changed = roles.revoke(commune, userId, role);
        if (changed) {
            announce(commune, userId);
        }
        return changed;
    }

    /** Takes every role away: the user is no longer in the commune. */
    @Transactional
    public boolean revokeAll(CommuneId commune, String userId) {
        roles.lockMember(commune, userId);
        boolean changed = roles.revokeAll(commune, userId) > 0;
        if (changed) {
            announce(commune, userId);
        }
        return changed;
    }

    /** Whether the account was deleted: held until the transaction ends, so that its erasure cannot overtake. */
    @Transactional
    public boolean isErased(String userId) {
        return roles.isErased(userId);
    }

    @Transactional(readOnly = true)
    public List<CommuneRole> rolesOf(CommuneId commune, String userId) {
        return roles.rolesOf(commune, userId);
    }

    /**
     * The person's roles, held until the transaction ends: a check made on them (such as "not the last admin") stays
     * true until this transaction's change commits. Taken before {@link #lockAdmins}, as every change of roles takes
     * its locks, so that two changes never wait for each other.
     */
    @Transactional
    public List<CommuneRole> holdRolesOf(CommuneId commune, String userId) {
        roles.lockMember(commune, userId);
        return roles.rolesOf(commune, userId);
    }

    @Transactional(readOnly = true)
    public int countAdmins(CommuneId commune) {
        return roles.countAdmins(commune);
    }

    /** How many admins the commune has, holding them until the transaction ends. */
    @Transactional
    public int lockAdmins(CommuneId commune) {
        return roles.lockAdmins(commune);
    }

    /**
     * Keeps the caller's name and email as their token states them, to show them to their communes' admins. A token
     * of a deleted account (still valid for minutes after the deletion) counts for nothing: 401, and nothing kept.
     */
    @Transactional
    public void remember(Caller caller) {
        remember(caller, null);
    }

    /**
     * Keeps the caller's name and email, and the language of {@code locale} (a BCP 47 tag such as Keycloak's
     * {@code locale} claim, {@code nl} or {@code fr-BE}) if the platform writes in it; without one, the language known
     * stays.
     */
    @Transactional
    public void remember(Caller caller, @Nullable String locale) {
        if (!roles.rememberPerson(caller.userId(), caller.email(), caller.name(), languageOf(locale))) {
            throw new ApiProblem(ProblemTypes.UNAUTHENTICATED, "This account was deleted");
        }
    }

    @Transactional(readOnly = true)
    public PageResponse<Member> members(CommuneId commune, @Nullable String search, int page, int size) {
        return new PageResponse<>(
                roles.members(commune, search, page, size), page, size, roles.countMembers(commune, search));
    }

    @Transactional(readOnly = true)
    public Optional<Member> member(CommuneId commune, String userId) {
        return Optional.ofNullable(roles.member(commune, userId));
    }

    /** The email addresses of the commune's people who have the role, for notifications. */
    @Transactional(readOnly = true)
    public List<String> emailsOf(CommuneId commune, CommuneRole role) {
        return roles.emailsOf(commune, role);
    }

    /**
     * How to write to those of the users who are still in the commune (with any role) and whose address is known; the
     * others (who left it, deleted their account, or never signed in here) are not among them.
     */
    @Transactional(readOnly = true)
    public List<Contact> contactsOf(CommuneId commune, Collection<String> userIds) {
        return roles.contactsOf(commune, userIds);
    }

    /**
     * How to write to those of the users whose address is known, whether in the commune or not (someone signed in who
     * follows a public page); those who deleted their account or never signed in here are not among them.
     */
    @Transactional(readOnly = true)
    public List<Contact> contactsOfAnyone(Collection<String> userIds) {
        return roles.contactsOfAnyone(userIds);
    }

    /** How to write to the commune's people who hold any of the roles and whose address is known, by user id. */
    @Transactional(readOnly = true)
    public List<Contact> contactsWith(CommuneId commune, Collection<CommuneRole> roles) {
        return this.roles.contactsWith(commune, roles);
    }

    /** The email address the user last signed in with, if the platform knows it. */
    @Transactional(readOnly = true)
    public Optional<String> emailOf(String userId) {
        return roles.emailOf(userId);
    }

    /**
     * Whether the user administers at least one commune that has been set up (a policy shows users their own
     * memberships); the requester of a commune under way does not, yet.
     */
    @Transactional(readOnly = true)
    public boolean isAdminAnywhere(String userId) {
        return roles.isAdminAnywhere(userId);
    }

    /**
     * Refuses anyone but the commune's admins, and them too until the commune is active: requesting a commune gives
     * no power over it (or anywhere) before an operator approved it and every service has set it up.
     */
    @Transactional(readOnly = true)
    public void requireAdmin(CommuneId commune, Caller caller) {
        if (!roles.administers(commune, caller.userId())) {
            throw new ApiProblem(
                    ProblemTypes.FORBIDDEN,
                    rolesOf(commune, caller.userId()).contains(CommuneRole.ADMIN)
                            ? "The commune is not active yet: its administrators act once it is"
                            : "Only the commune's administrators may do this");
        }
    }

    /**
     * Refuses anyone but the commune's staff: its admins (once it is active, as {@link #requireAdmin}) and its
     * facilitators, who seat the members of its assemblies.
     */
    @Transactional(readOnly = true)
    public void requireStaff(CommuneId commune, Caller caller) {
        if (!roles.administers(commune, caller.userId())
                && !rolesOf(commune, caller.userId()).contains(CommuneRole.FACILITATOR)) {
            throw new ApiProblem(
                    ProblemTypes.FORBIDDEN, "Only the commune's administrators and facilitators may see this");
        }
    }

    /** Refuses anyone but the commune's people and the platform's operators. */
    @Transactional(readOnly = true)
    public void requireMemberOrOperator(CommuneId commune, Caller caller) {
        if (!caller.isOperator() && rolesOf(commune, caller.userId()).isEmpty()) {
            throw new ApiProblem(
                    ProblemTypes.NOT_A_MEMBER, "Only the commune's members can see this; its public card is open");
        }
    }

    /** Refuses anyone but the commune's admins and the platform's operators. */
    @Transactional(readOnly = true)
    public void requireAdminOrOperator(CommuneId commune, Caller caller) {
        if (!caller.isOperator() && !rolesOf(commune, caller.userId()).contains(CommuneRole.ADMIN)) {
            throw new ApiProblem(
                    ProblemTypes.FORBIDDEN,
                    "Only the commune's administrators and the platform's operators may do this");
        }
    }

    private void announce(CommuneId commune, String userId) {
        var now = roles.rolesOf(commune, userId).stream().map(Enum::name).toList();
        outbox.publish(commune, new MembershipChanged(commune.value(), userId, now));
    }

    private static @Nullable String languageOf(@Nullable String locale) {
        if (locale == null) {
            return null;
        }
        String language =
                Locale.forLanguageTag(locale.strip().replace('_', '-')).getLanguage();
        return LANGUAGES.contains(language) ? language : null;
    }
}
