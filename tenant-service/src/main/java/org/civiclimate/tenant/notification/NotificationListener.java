package org.civiclimate.tenant.notification;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.civiclimate.platform.events.OnCloudEvent;
import org.civiclimate.platform.tenancy.CommuneId;
import org.civiclimate.tenant.commune.CommuneService;
import org.civiclimate.tenant.invitation.CoordinatorInvited;
import org.civiclimate.tenant.roles.CommuneRole;
import org.civiclimate.tenant.roles.RoleService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Emails people about what happened to their commune, and those invited to coordinate a network. */
@Component
class NotificationListener {

    private static final Logger log = LoggerFactory.getLogger(NotificationListener.class);

    private final CommuneService communes;
    private final RoleService roles;
    private final JavaMailSender mail;
    private final NotificationProperties properties;

    NotificationListener(
            CommuneService communes, RoleService roles, JavaMailSender mail, NotificationProperties properties) {
        this.communes = communes;
        this.roles = roles;
        this.mail = mail;
        this.properties = properties;
    }

    @OnCloudEvent("commune.activated")
    void onActivated(CommuneEvent event) {
        var commune = new CommuneId(event.communeId());
        var card = communes.card(commune);
        send(
                communes.requesterEmail(commune).stream().toList(),
                card.name() + " is ready on Civiclimate",
                """
                The space of %s is ready: its assembly, its climate plan and its ledger are set up.

                Open it: %s/communes/%s
                Invite its staff and choose how citizens join it from its page.""".formatted(card.name(), properties.webUrl(), card.slug()));
    }

    @OnCloudEvent("commune.suspended")
    void onSuspended(CommuneEvent event) {
        var commune = new CommuneId(event.communeId());
        var card = communes.card(commune);
        send(roles.emailsOf(commune, CommuneRole.ADMIN), card.name() + " is suspended on Civiclimate", """
                The platform's operators suspended the space of %s: it can be read, not changed, until it is reinstated.

                Reason: %s""".formatted(
                        card.name(), event.reason()));
    }

    @OnCloudEvent("commune.reinstated")
    void onReinstated(CommuneEvent event) {
        var commune = new CommuneId(event.communeId());
        var card = communes.card(commune);
        send(
                roles.emailsOf(commune, CommuneRole.ADMIN),
                card.name() + " is reinstated on Civiclimate",
                "The space of %s can be changed again: %s/communes/%s"
                        .formatted(card.name(), properties.webUrl(), card.slug()));
    }

    /**
     * Once the invitation is committed, whoever the address is. A mail that cannot go is logged by the invitation's
     * id only (the server's error may repeat the address); inviting again sends it again.
     */
    @TransactionalEventListener
    void on(CoordinatorInvited invitation) {
        try {
            send(
                    List.of(invitation.email()),
                    "You are invited to coordinate " + invitation.networkName() + " on Civiclimate",
                    """
                    You are invited to coordinate the network %s on Civiclimate: its coordinators invite communes, \
                    see what its member communes share with it and invite other coordinators.

                    To accept, sign in with this email address (or create your account with it), then open: %s/communes
                    The invitation is valid until %s. If you do not know this network, ignore this email.""".formatted(
                                    invitation.networkName(),
                                    properties.webUrl(),
                                    DateTimeFormatter.ISO_LOCAL_DATE.format(invitation.expiresAt())));
        } catch (MailException e) {
            log.warn(
                    "Could not email coordinator invitation {}: {}",
                    invitation.invitationId(),
                    e.getClass().getSimpleName());
        }
    }

    private void send(List<String> to, String subject, String text) {
        if (to.isEmpty()) {
            return;
        }
        var message = new SimpleMailMessage();
        message.setFrom(properties.from());
        message.setTo(to.toArray(String[]::new));
        message.setSubject(subject);
        message.setText(text);
        mail.send(message);
    }
}
