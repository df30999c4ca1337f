package org.civiclimate.tenant.invitation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.civiclimate.platform.events.EventOutbox;
import org.civiclimate.platform.security.Caller;
import org.civiclimate.platform.tenancy.CommuneId;
import org.civiclimate.platform.web.ApiProblem;
import org.civiclimate.tenant.network.NetworkService;
import org.civiclimate.tenant.roles.RoleService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inviting people by email to coordinate a network, and answering those invitations. An invitation says nothing of
 * whether its address is anyone's on the platform: it is opened (or renewed) and mailed the same way for every address,
 * and only the person signed in with that verified address sees and accepts it. The email follows the commit, through
 * the outbox (see {@link CoordinatorInvited}). Networks have no audit trail (a commune's trail records what concerns
 * the commune).
 */
@Service
public class CoordinatorInvitationService {

    private final CoordinatorInvitationRepository invitations;
    private final NetworkService networks;
    private final RoleService roles;
    private final EventOutbox outbox;
    private final Clock clock;

    CoordinatorInvitationService(
            CoordinatorInvitationRepository invitations,
            NetworkService networks,
            RoleService roles,
            EventOutbox outbox,
            Clock clock) {
        this.invitations = invitations;
        this.networks = networks;
        this.roles = roles;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The language of coordinator invitations that name none: networks span languages. */
    static final String DEFAULT_LANGUAGE = "en";

    /**
     * A coordinator (or an operator) invites someone by email to coordinate the network, with an email in
     * {@code language} (English if none); inviting again renews the invitation, and mails it again once
     * {@link InvitationService#MAIL_AGAIN_AFTER} has passed. Whether the
     * address is anyone's, or already a coordinator's, changes nothing.
     */
    @Transactional
    public void invite(String slug, Caller caller, String email, @Nullable String language) {
        var network = networks.coordinated(slug, caller);
        var now = InvitationService.databaseNow(clock);
        var opened = invitations.open(
                network.id(),
                InvitationService.address(email),
                language != null ? language : DEFAULT_LANGUAGE,
                caller.userId(),
                now,
                now.minus(InvitationService.MAIL_AGAIN_AFTER),
                now.plus(InvitationService.VALIDITY));
        if (opened.mail()) {
            // A network is no commune: its id keys the event in the commune's place, so its invitations stay in order.
            outbox.publish(
                    new CommuneId(network.id()),
                    new CoordinatorInvited(opened.invitation().id(), network.id()));
        }
    }

    /** What the invitation's email says, if it is still open (else nothing is mailed). */
    @Transactional(readOnly = true)
    public Optional<InvitationMail> mailOf(UUID id) {
        return invitations
                .find(id)
                .filter(linked -> linked.invitation().status(OffsetDateTime.now(clock)) == Invitation.Status.OPEN)
                .map(linked -> new InvitationMail(
                        id,
                        linked.invitation().email(),
                        languageOf(linked.invitation()),
                        linked.networkName(),
                        null,
                        linked.invitation().expiresAt()));
    }

    static String languageOf(CoordinatorInvitation invitation) {
        return invitation.language() != null ? invitation.language() : DEFAULT_LANGUAGE;
    }

    /** The network's invitations waiting for an answer, for its coordinators (and operators). */
    @Transactional(readOnly = true)
    public List<CoordinatorInvitation> waiting(String slug, Caller caller) {
        var network = networks.coordinated(slug, caller);
        return invitations.waiting(network.id(), OffsetDateTime.now(clock));
    }

    /** A coordinator (or an operator) revokes an open invitation of the network. */
    @Transactional
    public void revoke(String slug, Caller caller, UUID id) {
        var network = networks.coordinated(slug, caller);
        var now = OffsetDateTime.now(clock);
        var invitation = invitations
                .lockOfNetwork(network.id(), id)
                .orElseThrow(() -> new ApiProblem(
                        InvitationService.INVITATION_NOT_FOUND, "The network has no invitation with this id"));
        InvitationService.requireOpen(invitation.status(now));
        invitations.revoked(id, now);
    }

    /**
     * The caller accepts an invitation addressed to their verified address, and coordinates the network (already
     * coordinating it is fine); the network's slug. Anyone else's invitation is not found.
     */
    @Transactional
    public String accept(UUID id, Caller caller) {
        var invitation = caller.verifiedEmail()
                .flatMap(address -> invitations.lockAddressedTo(address, id))
                .orElseThrow(InvitationService::notFound);
        var now = OffsetDateTime.now(clock);
        InvitationService.requireOpen(invitation.status(now));
        invitations.accepted(id, caller.userId(), now);
        roles.remember(caller);
        return networks.appoint(invitation.networkId(), caller.userId(), invitation.invitedBy())
                .slug();
    }

    /** Erasure: the invitations to the address keep no trace of it; open ones are withdrawn. */
    @Transactional
    public void forgetAddress(String email) {
        invitations.anonymise(email, OffsetDateTime.now(clock));
    }
}
