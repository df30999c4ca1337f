package org.civiclimate.tenant.privacy;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.civiclimate.platform.security.Caller;
import org.civiclimate.platform.tenancy.CommuneContext;
import org.civiclimate.platform.tenancy.CommuneId;
import org.civiclimate.tenant.invitation.CoordinatorInvitationService;
import org.civiclimate.tenant.invitation.InvitationService;
import org.civiclimate.tenant.invitation.MyInvitation;
import org.civiclimate.tenant.notification.InboxNotice;
import org.civiclimate.tenant.notification.InboxService;
import org.civiclimate.tenant.privacy.PersonalDataRepository.Membership;
import org.civiclimate.tenant.privacy.PersonalDataRepository.Profile;
import org.civiclimate.tenant.provisioning.KeycloakOrganizations;
import org.civiclimate.tenant.roles.LastAdmin;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** What the platform holds about a person, for them to download; and deleting their account. */
@Service
public class PersonalDataService {

    private static final TypeReference<Map<String, String>> DETAIL = new TypeReference<>() {};

    /** Everything about the person, as downloaded. */
    public record Export(
            OffsetDateTime exportedAt,
            String userId,
            @Nullable Profile profile,
            List<Membership> memberships,
            List<MyInvitation> invitations,
            List<InboxNotice> notifications,
            List<RecordedAction> recordedActions) {}

    /** A privileged action of theirs, as an audit trail keeps it. */
    public record RecordedAction(String commune, OffsetDateTime at, String action, Map<String, String> detail) {}

    private final PersonalDataRepository data;
    private final InvitationService invitations;
    private final CoordinatorInvitationService coordinatorInvitations;
    private final InboxService inbox;
    private final ErasureService erasure;
    private final KeycloakOrganizations keycloak;
    private final JsonMapper json;

    PersonalDataService(
            PersonalDataRepository data,
            InvitationService invitations,
            CoordinatorInvitationService coordinatorInvitations,
            InboxService inbox,
            ErasureService erasure,
            KeycloakOrganizations keycloak,
            JsonMapper json) {
        this.data = data;
        this.invitations = invitations;
        this.coordinatorInvitations = coordinatorInvitations;
        this.inbox = inbox;
        this.erasure = erasure;
        this.keycloak = keycloak;
        this.json = json;
    }

    @Transactional(readOnly = true)
    public Export export(Caller caller) {
        return new Export(
                OffsetDateTime.now(),
                caller.userId(),
                data.profile(caller.userId()).orElse(null),
                data.memberships(caller.userId()),
                invitations.mine(caller),
                inbox.all(caller),
                data.actions(caller.userId()).stream()
                        .map(a -> new RecordedAction(
                                a.communeSlug(), a.at(), a.action(), json.readValue(a.detail(), DETAIL)))
                        .toList());
    }

    @Transactional(readOnly = true)
    public List<Membership> memberships(Caller caller) {
        return data.memberships(caller.userId());
    }

    /**
     * Deletes the caller's account: refused while they are the only admin of a commune; otherwise they leave every
     * commune (those they administer first, each checked again under a lock against another admin leaving at the
     * same time), the invitations addressed to them (to communes' staff and to coordinate networks) lose their address,
     * their profile is erased, and their Keycloak account last, outside any transaction. A failure part-way can simply
     * be retried.
     *
     * <p>Suspended communes: erasure is a legal right, so it goes on there although they are read-only (the person
     * leaves, with a MEMBER_LEFT entry; invitations to them are anonymised); but the last-admin rule holds there as
     * everywhere, so that a suspended commune is never left without an admin to take it back when it is reinstated
     * (nobody can be appointed while it is suspended: its sole admin deletes their account once it is reinstated and
     * they have appointed another).
     */
    public void deleteAccount(Caller caller, List<Membership> memberships) {
        var soleAdminOf = memberships.stream()
                .filter(m -> m.roles().contains("ADMIN"))
                .filter(m -> admins(new CommuneId(m.communeId())) <= 1)
                .map(Membership::communeName)
                .toList();
        if (!soleAdminOf.isEmpty()) {
            throw new LastAdmin("You are the only administrator of " + String.join(", ", soleAdminOf)
                    + ": appoint another administrator there before deleting your account");
        }
        var administeredFirst = memberships.stream()
                .sorted(Comparator.comparing((Membership m) -> !m.roles().contains("ADMIN")))
                .toList();
        for (var membership : administeredFirst) {
            var commune = new CommuneId(membership.communeId());
            CommuneContext.runAs(commune, () -> erasure.leave(commune, caller.userId(), membership.communeName()));
        }
        caller.verifiedEmail().ifPresent(address -> {
            for (var commune : invitations.communesAddressing(caller)) {
                CommuneContext.runAs(commune, () -> invitations.forgetAddress(commune, address));
            }
            coordinatorInvitations.forgetAddress(address);
        });
        erasure.forget(caller.userId());
        keycloak.deleteUser(caller.userId());
    }

    private int admins(CommuneId commune) {
        return CommuneContext.callAs(commune, () -> erasure.admins(commune));
    }
}
