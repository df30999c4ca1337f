package org.civiclimate.tenant.notification;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.civiclimate.platform.events.InboundEvent;
import org.civiclimate.platform.events.InvalidEventException;
import org.civiclimate.platform.events.OnCloudEvent;
import org.civiclimate.platform.tenancy.CommuneId;
import org.civiclimate.tenant.commune.CommuneCard;
import org.civiclimate.tenant.commune.CommuneService;
import org.civiclimate.tenant.invitation.CoordinatorInvitationService;
import org.civiclimate.tenant.invitation.InvitationMail;
import org.civiclimate.tenant.invitation.InvitationService;
import org.civiclimate.tenant.roles.CommuneRole;
import org.civiclimate.tenant.roles.Contact;
import org.civiclimate.tenant.roles.RoleService;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Emails people about what happened to their commune, those invited to its staff or to coordinate a network,
 * members convened to an assembly's session (and of its changes), drawn volunteers offered a seat, and those who follow a recommendation (its answer, its follow-up, or
 * the answer's being overdue, which its staff learn too), in their language ({@link MailTexts}); those convened and
 * those who follow find the same notices in the app ({@link InboxService}). A mail that cannot go fails the event, which
 * is retried and then parked: never silently lost.
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
    private final NoticeService notices;
    private final InboxService inbox;
    private final JavaMailSender mail;
    private final MailTexts texts;
    private final NotificationProperties properties;

    NotificationListener(
            CommuneService communes,
            RoleService roles,
            InvitationService invitations,
            CoordinatorInvitationService coordinatorInvitations,
            NoticeService notices,
            InboxService inbox,
            JavaMailSender mail,
            MailTexts texts,
            NotificationProperties properties) {
        this.communes = communes;
        this.roles = roles;
        this.invitations = invitations;
        this.coordinatorInvitations = coordinatorInvitations;
        this.notices = notices;
        this.inbox = inbox;
        this.mail = mail;
        this.texts = texts;
        this.properties = properties;
    }

    @OnCloudEvent("commune.activated")
    void onActivated(CommuneEvent event) {
        var commune = new CommuneId(event.communeId());
        var card = communes.card(commune);
        send(
                communes.requesterEmail(commune).stream().toList(),
                aboutCommune("commune-activated", card, absolute(communePage(card))));
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
        send(
                roles.emailsOf(commune, CommuneRole.ADMIN),
                aboutCommune("commune-reinstated", card, absolute(communePage(card))));
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

    /**
     * One mail per convened person (nobody sees the others' addresses), in their language, else the commune's first;
     * those no longer in the commune, erased or without a known address are skipped. Each mail is recorded as it goes
     * ({@link NoticeService}): when some fail, the others still go and the event fails, and its retry (or the same
     * convocation announced again) mails only those not mailed yet.
     */
    @OnCloudEvent("session.convened")
    void onSessionConvened(SessionConvened event) {
        var commune = new CommuneId(event.communeId());
        ZoneId zone = zoneOf(event.sessionId(), event.zone());
        var card = communes.card(commune);
        String what = "Convocation to session " + event.sessionId();
        var convened = new LinkedHashSet<>(event.userIds());
        var contacts = reached(what, convened, roles.contactsOf(commune, convened), "no longer in the commune, ");
        String page = sessionPage(card, event.assemblyId(), event.sessionId());
        mailEach(
                commune,
                card,
                new Notice.Convocation(event.sessionId()),
                what,
                contacts,
                new InApp(
                        event.title(),
                        event.startsAt()
                                .atZoneSameInstant(zone)
                                .toOffsetDateTime()
                                .toString(),
                        _ -> page),
                (_, language) -> texts.convocation(event, zone, card.name(), absolute(page), language));
    }

    /**
     * Those convened to a session learn that it changed (its new title, time, place or link) or was cancelled, one mail
     * each, once per change (as {@link #onSessionConvened}); their notification in the app says so too.
     */
    @OnCloudEvent("session.changed")
    void onSessionChanged(SessionChanged event) {
        var commune = new CommuneId(event.communeId());
        ZoneId zone = zoneOf(event.sessionId(), event.zone());
        var card = communes.card(commune);
        String what = "Change " + event.changeId() + " of session " + event.sessionId();
        var convened = new LinkedHashSet<>(event.userIds());
        var contacts = reached(what, convened, roles.contactsOf(commune, convened), "no longer in the commune, ");
        String page = sessionPage(card, event.assemblyId(), event.sessionId());
        mailEach(
                commune,
                card,
                new Notice.SessionChange(event.sessionId(), event.changeId(), event.cancelled()),
                what,
                contacts,
                new InApp(
                        event.title(),
                        event.startsAt()
                                .atZoneSameInstant(zone)
                                .toOffsetDateTime()
                                .toString(),
                        _ -> page),
                (_, language) -> texts.sessionChange(event, zone, card.name(), absolute(page), language));
    }

    /**
     * The drawn volunteer (or reserve) learns of their seat, once, in the commune's first language (they may have no
     * account yet): the link where they accept it signed in with this address, or refuse it.
     */
    @OnCloudEvent("seat.offered")
    void onSeatOffered(SeatOffered event) {
        var commune = new CommuneId(event.communeId());
        ZoneId zone = zoneOf(event.offerId(), event.zone());
        var card = communes.card(commune);
        String language = card.languages().getFirst();
        String link = absolute(communePage(card) + "/seat-offers/" + event.offerId() + "?key="
                + URLEncoder.encode(event.key(), StandardCharsets.UTF_8));
        var text = texts.of(
                event.fromReserves() ? "seat-offered-reserve" : "seat-offered",
                language,
                card.name(),
                MailTexts.afterDe(card.name()),
                event.assemblyTitle(),
                link,
                texts.moment(event.deadline(), zone, language));
        if (!notices.mailSeatOfferOnce(commune, event.offerId(), message(List.of(event.email()), text))) {
            log.debug("Seat offer {} already mailed", event.offerId());
        }
    }

    /** The zone an event's times are shown in; an unknown one makes the event invalid (parked, not retried). */
    private static ZoneId zoneOf(UUID subject, String zone) {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new InvalidEventException("Event about " + subject + " has an unknown zone " + zone, e);
        }
    }

    /**
     * The recommendation's followers learn the commune's answer, one mail each, once (as {@link #onSessionConvened}):
     * those erased or without a known address are skipped, whether in the commune or not.
     */
    @OnCloudEvent("response.published")
    void onResponsePublished(ResponsePublished event) {
        var commune = new CommuneId(event.communeId());
        var card = communes.card(commune);
        String what = "Answer to recommendation " + event.recommendationId();
        String page = publicPage(card, event.recommendationId());
        mailEach(
                commune,
                card,
                Notice.AboutRecommendation.answer(event.recommendationId()),
                what,
                followers(what, event.followerIds()),
                new InApp(event.title(), event.decision(), _ -> page),
                (_, language) -> texts.answer(event, card.name(), absolute(page), language));
    }

    /** The recommendation's followers learn each step of its follow-up, one mail each, once per step. */
    @OnCloudEvent("follow-up.updated")
    void onFollowUpUpdated(FollowUpUpdated event) {
        var commune = new CommuneId(event.communeId());
        var card = communes.card(commune);
        String what = "Follow-up " + event.followUpId() + " of recommendation " + event.recommendationId();
        String page = publicPage(card, event.recommendationId());
        mailEach(
                commune,
                card,
                Notice.AboutRecommendation.followUp(event.recommendationId(), event.followUpId()),
                what,
                followers(what, event.followerIds()),
                new InApp(event.title(), event.status() + " " + event.progress(), _ -> page),
                (_, language) -> texts.followUp(event, card.name(), absolute(page), language));
    }

    /**
     * The commune's staff (admins and facilitators, with the page they answer on) and the recommendation's followers
     * learn that its answer is overdue, one mail each (one only to staff who follow it), once.
     */
    @OnCloudEvent("response.overdue")
    void onResponseOverdue(ResponseOverdue event) {
        var commune = new CommuneId(event.communeId());
        var card = communes.card(commune);
        String what = "Overdue answer to recommendation " + event.recommendationId();
        var staff = roles.contactsWith(commune, List.of(CommuneRole.ADMIN, CommuneRole.FACILITATOR));
        var staffIds = staff.stream().map(Contact::userId).collect(Collectors.toSet());
        var everyone = new ArrayList<>(staff);
        followers(what, event.followerIds()).stream()
                .filter(follower -> !staffIds.contains(follower.userId()))
                .forEach(everyone::add);
        String page = publicPage(card, event.recommendationId());
        String staffPage = communePage(card) + "/assemblies/" + event.assemblyId() + "/recommendations/"
                + event.recommendationId();
        mailEach(
                commune,
                card,
                Notice.AboutRecommendation.overdue(event.recommendationId()),
                what,
                everyone,
                new InApp(
                        event.title(),
                        event.responseDueOn().toString(),
                        contact -> staffIds.contains(contact.userId()) ? staffPage : page),
                (contact, language) -> texts.overdue(
                        event,
                        card.name(),
                        absolute(page),
                        staffIds.contains(contact.userId()) ? absolute(staffPage) : null,
                        language));
    }

    /** How to write to the recommendation's followers, in the commune or not. */
    private List<Contact> followers(String what, List<String> followerIds) {
        var followers = new LinkedHashSet<>(followerIds);
        return followers.isEmpty() ? List.of() : reached(what, followers, roles.contactsOfAnyone(followers), "");
    }

    /** The contacts found, logging the users who were not (and why they may not be). */
    private static List<Contact> reached(String what, Collection<String> wanted, List<Contact> contacts, String why) {
        if (contacts.size() < wanted.size()) {
            var reached = contacts.stream().map(Contact::userId).collect(Collectors.toSet());
            var skipped = wanted.stream().filter(id -> !reached.contains(id)).toList();
            log.info("{}: users {} not mailed ({}erased, or no address)", what, skipped, why);
        }
        return contacts;
    }

    /**
     * What a notice says in the app: its subject's title, the detail of its kind, and the page (a path in the web app)
     * it leads each person to.
     */
    private record InApp(String title, @Nullable String detail, Function<Contact, String> page) {}

    /**
     * Delivers the notice to each contact in the app ({@link InboxService}), then mails it to each once
     * ({@link NoticeService}), in their language, else the commune's first; nobody sees the others' addresses. When
     * some mails fail, the others still go and the event fails: its retry mails only those not mailed yet.
     */
    private void mailEach(
            CommuneId commune,
            CommuneCard card,
            Notice notice,
            String what,
            List<Contact> contacts,
            InApp inApp,
            BiFunction<Contact, String, MailTexts.Text> text) {
        inbox.deliver(
                commune,
                notice,
                contacts.stream()
                        .map(contact -> new InboxRepository.Delivery(
                                contact.userId(),
                                inApp.title(),
                                inApp.detail(),
                                inApp.page().apply(contact)))
                        .toList());
        var failed = new ArrayList<String>();
        MailException failure = null;
        for (var contact : contacts) {
            String language = contact.language() != null
                    ? contact.language()
                    : card.languages().getFirst();
            var message = message(List.of(contact.email()), text.apply(contact, language));
            try {
                if (!notices.mailOnce(commune, notice, contact.userId(), message)) {
                    log.debug("{}: user {} already mailed", what, contact.userId());
                }
            } catch (MailException e) {
                failed.add(contact.userId());
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw new MailSendException(
                    what + " not mailed to users " + failed + " (the others were, and are not mailed again)", failure);
        }
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

    /** A page of the web app, as a mail links to it. */
    private String absolute(String page) {
        return properties.webUrl() + page;
    }

    private static String communePage(CommuneCard card) {
        return "/communes/" + card.slug();
    }

    /** The recommendation's public page, with the commune's answer and follow-up. */
    private static String publicPage(CommuneCard card, UUID recommendation) {
        return communePage(card) + "/accountability/" + recommendation;
    }

    /** The session's page, where the convened member confirms or excuses themselves. */
    private static String sessionPage(CommuneCard card, UUID assembly, UUID session) {
        return communePage(card) + "/assemblies/" + assembly + "/sessions/" + session;
    }

    private void send(List<String> to, MailTexts.@Nullable Text text) {
        if (to.isEmpty() || text == null) {
            return;
        }
        mail.send(message(to, text));
    }

    private SimpleMailMessage message(List<String> to, MailTexts.Text text) {
        var message = new SimpleMailMessage();
        message.setFrom(properties.from());
        message.setTo(to.toArray(String[]::new));
        message.setSubject(text.subject());
        message.setText(text.body());
        return message;
    }
}
