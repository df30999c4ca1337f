package org.civiclimate.tenant.notification;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.civiclimate.platform.events.InboundEvent;
import org.civiclimate.platform.events.OnCloudEvent;
import org.civiclimate.platform.tenancy.CommuneId;
import org.civiclimate.tenant.commune.CommuneCard;
import org.civiclimate.tenant.commune.CommuneService;
import org.civiclimate.tenant.invitation.CoordinatorInvitationService;
import org.civiclimate.tenant.invitation.InvitationMail;
import org.civiclimate.tenant.invitation.InvitationService;
import org.civiclimate.tenant.roles.CommuneRole;
import org.civiclimate.tenant.roles.RoleService;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Emails people about what happened to their commune, and those invited to its staff or to coordinate a network, in
 * their language ({@link MailTexts}). A mail that cannot go fails the event, which is retried and then parked: never
 * silently lost.
 */
@Component
class NotificationListener {

    private static final Logger log = LoggerFactory.getLogger(NotificationListener.class);

    /** What the notifications read of {@code invitation.staff-invited} and {@code invitation.coordinator-invited}. */
    record Invited(UUID invitationId) {}

    private final CommuneService communes;
    private final RoleService roles;
    private final InvitationService invitations;
    private final CoordinatorInvitationService coordinatorInvitations;
    private final JavaMailSender mail;
    private final MailTexts texts;
    private final NotificationProperties properties;

    NotificationListener(
            CommuneService communes,
            RoleService roles,
            InvitationService invitations,
            CoordinatorInvitationService coordinatorInvitations,
            JavaMailSender mail,
            MailTexts texts,
            NotificationProperties properties) {
        this.communes = communes;
        this.roles = roles;
        this.invitations = invitations;
        this.coordinatorInvitations = coordinatorInvitations;
        this.mail = mail;
        this.texts = texts;
        this.properties = properties;
    }

    @OnCloudEvent("commune.activated")
    void onActivated(CommuneEvent event) {
        var commune = new CommuneId(event.communeId());
        var card = communes.card(commune);
        send(communes.requesterEmail(commune).stream().toList(), aboutCommune("commune-activated", card, link(card)));
    }

    @OnCloudEvent("commune.suspended")
    void onSuspended(CommuneEvent event) {
        var commune = new CommuneId(event.communeId());
        var card = communes.card(commune);
        send(
                roles.emailsOf(commune, CommuneRole.ADMIN),
                aboutCommune("commune-suspended", card, Objects.requireNonNullElse(event.reason(), "")));
    }

    @OnCloudEvent("commune.reinstated")
    void onReinstated(CommuneEvent event) {
        var commune = new CommuneId(event.communeId());
        var card = communes.card(commune);
        send(roles.emailsOf(commune, CommuneRole.ADMIN), aboutCommune("commune-reinstated", card, link(card)));
    }

    /** Whoever the address is; an invitation revoked, accepted or expired meanwhile is not mailed. */
    @OnCloudEvent("invitation.staff-invited")
    void onStaffInvited(Invited event, InboundEvent metadata) {
        invitations
                .mailOf(metadata.commune(), event.invitationId())
                .ifPresentOrElse(
                        invitation -> send(List.of(invitation.email()), invitationText("staff-invited", invitation)),
                        () -> log.info("Staff invitation {} is no longer open: not mailed", event.invitationId()));
    }

    @OnCloudEvent("invitation.coordinator-invited")
    void onCoordinatorInvited(Invited event) {
        coordinatorInvitations
                .mailOf(event.invitationId())
                .ifPresentOrElse(
                        invitation ->
                                send(List.of(invitation.email()), invitationText("coordinator-invited", invitation)),
                        () -> log.info(
                                "Coordinator invitation {} is no longer open: not mailed", event.invitationId()));
    }

    private MailTexts.Text aboutCommune(String key, CommuneCard card, String third) {
        return texts.of(key, card.languages().getFirst(), card.name(), MailTexts.afterDe(card.name()), third);
    }

    private MailTexts.Text invitationText(String key, InvitationMail invitation) {
        String link = properties.webUrl() + "/invitations/" + invitation.id();
        String until = texts.moment(invitation.expiresAt(), invitation.language());
        if (invitation.role() == null) {
            return texts.of(key, invitation.language(), invitation.name(), link, until);
        }
        return texts.of(
                key,
                invitation.language(),
                invitation.name(),
                MailTexts.afterDe(invitation.name()),
                texts.role(invitation.role(), invitation.language()),
                link,
                until);
    }

    private String link(CommuneCard card) {
        return properties.webUrl() + "/communes/" + card.slug();
    }

    private void send(List<String> to, MailTexts.@Nullable Text text) {
        if (to.isEmpty() || text == null) {
            return;
        }
        var message = new SimpleMailMessage();
        message.setFrom(properties.from());
        message.setTo(to.toArray(String[]::new));
        message.setSubject(text.subject());
        message.setText(text.body());
        mail.send(message);
    }
}
