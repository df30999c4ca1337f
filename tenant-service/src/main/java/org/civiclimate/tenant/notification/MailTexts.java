package org.civiclimate.tenant.notification;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Locale;
import org.civiclimate.tenant.roles.CommuneRole;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The subject and plain-text body of each email, in a language of the platform, from the {@code messages*.properties}
 * bundles ({@code mail.<key>.subject}, {@code mail.<key>.body}).
 */
@Component
class MailTexts {

    record Text(String subject, String body) {}

    private final MessageSource messages;
    private final NotificationProperties properties;

    MailTexts(MessageSource messages, NotificationProperties properties) {
        this.messages = messages;
        this.properties = properties;
    }

    Text of(String key, String language, Object... arguments) {
        var locale = Locale.forLanguageTag(language);
        return new Text(
                messages.getMessage("mail." + key + ".subject", arguments, locale),
                messages.getMessage("mail." + key + ".body", arguments, locale));
    }

    /**
     * A member's convocation to the session: its kind, title, day and time in the session's zone, its place and online
     * link (a line each), and its page ({@code link}).
     */
    Text convocation(SessionConvened session, ZoneId zone, String commune, String link, String language) {
        return aboutSession(
                "session-convened",
                session.kind(),
                session.title(),
                session.startsAt(),
                session.endsAt(),
                where(session.place(), session.onlineLink(), language),
                zone,
                commune,
                link,
                language);
    }

    /**
     * The convened's notice that their session changed (what it now is, as a convocation states it) or was cancelled
     * (its title and the day it was to be).
     */
    Text sessionChange(SessionChanged session, ZoneId zone, String commune, String link, String language) {
        if (session.cancelled()) {
            return of(
                    "session-cancelled",
                    language,
                    commune,
                    afterDe(commune),
                    phrase("session-kind." + session.kind(), language),
                    session.title(),
                    day(session.startsAt(), zone, language),
                    link);
        }
        return aboutSession(
                "session-changed",
                session.kind(),
                session.title(),
                session.startsAt(),
                session.endsAt(),
                where(session.place(), session.onlineLink(), language),
                zone,
                commune,
                link,
                language);
    }

    /** A session as a convocation states it, under the message {@code key}. */
    private Text aboutSession(
            String key,
            String kind,
            String title,
            OffsetDateTime startsAt,
            OffsetDateTime endsAt,
            String where,
            ZoneId zone,
            String commune,
            String link,
            String language) {
        return of(
                key,
                language,
                commune,
                afterDe(commune),
                phrase("session-kind." + kind, language),
                title,
                day(startsAt, zone, language),
                period(startsAt, endsAt, zone, language),
                where,
                link);
    }

    /** Where a session is: its place and its online link, a line each (either may be missing). */
    private String where(@Nullable String place, @Nullable String onlineLink, String language) {
        var where = new ArrayList<String>();
        if (place != null) {
            where.add(phrase("session-place", language, place));
        }
        if (onlineLink != null) {
            where.add(phrase("session-online", language, onlineLink));
        }
        return String.join("\n", where);
    }

    /**
     * A follower's notice of the commune's answer to the recommendation: its decision, its justification if any (a
     * paragraph), and the recommendation's public page ({@code link}).
     */
    Text answer(ResponsePublished response, String commune, String link, String language) {
        String justification =
                response.justification() == null || response.justification().isBlank()
                        ? ""
                        : "\n"
                                + phrase(
                                        "response-justification",
                                        language,
                                        response.justification().strip()) + "\n";
        return of(
                "response-published",
                language,
                commune,
                afterDe(commune),
                response.title(),
                phrase("response-decision." + response.decision(), language),
                justification,
                link);
    }

    /**
     * A follower's notice of a step of the recommendation's follow-up: its status, progress, department, day and note,
     * and the recommendation's public page ({@code link}).
     */
    Text followUp(FollowUpUpdated step, String commune, String link, String language) {
        return of(
                "follow-up-updated",
                language,
                commune,
                afterDe(commune),
                step.title(),
                phrase("follow-up-status." + step.status(), language),
                String.valueOf(step.progress()),
                step.note(),
                step.department(),
                date(step.on(), language),
                link);
    }

    /**
     * The notice that the commune's answer to the recommendation is overdue: to a follower, with its public page
     * ({@code link}); to the commune's staff, with the page they answer on too ({@code staffLink}).
     */
    Text overdue(ResponseOverdue overdue, String commune, String link, @Nullable String staffLink, String language) {
        return of(
                staffLink == null ? "response-overdue" : "response-overdue-staff",
                language,
                commune,
                afterDe(commune),
                overdue.title(),
                date(overdue.responseDueOn(), language),
                link,
                staffLink == null ? "" : staffLink);
    }

    String role(CommuneRole role, String language) {
        return phrase("role." + role.name(), language);
    }

    /** A piece of an email, {@code mail.<key>} in the language's bundle. */
    String phrase(String key, String language, Object... arguments) {
        return messages.getMessage("mail." + key, arguments, Locale.forLanguageTag(language));
    }

    /** A moment as people of the language write it, in the platform's time zone: 9 décembre 2026 à 16:39. */
    String moment(OffsetDateTime at, String language) {
        return moment(at, properties.zone(), language);
    }

    /** A moment as people of the language write it, in the given time zone. */
    String moment(OffsetDateTime at, ZoneId zone, String language) {
        var locale = Locale.forLanguageTag(language);
        var local = at.atZoneSameInstant(zone);
        return messages.getMessage(
                "mail.moment", new Object[] {date(local, FormatStyle.LONG, locale), time(local, locale)}, locale);
    }

    /** The day, with its weekday, as people of the language write it, in the time zone: mercredi 9 décembre 2026. */
    String day(OffsetDateTime at, ZoneId zone, String language) {
        return date(at.atZoneSameInstant(zone), FormatStyle.FULL, Locale.forLanguageTag(language));
    }

    /**
     * From when to when, in the time zone: the day and two times of day (mercredi 9 décembre 2026, de 18:30 à 21:30), or
     * two {@linkplain #moment moments} when it ends on another day.
     */
    String period(OffsetDateTime start, OffsetDateTime end, ZoneId zone, String language) {
        var locale = Locale.forLanguageTag(language);
        var from = start.atZoneSameInstant(zone);
        var to = end.atZoneSameInstant(zone);
        if (from.toLocalDate().equals(to.toLocalDate())) {
            return messages.getMessage(
                    "mail.period",
                    new Object[] {date(from, FormatStyle.FULL, locale), time(from, locale), time(to, locale)},
                    locale);
        }
        return messages.getMessage(
                "mail.period.days", new Object[] {moment(start, zone, language), moment(end, zone, language)}, locale);
    }

    /** A day as people of the language write it: 9 décembre 2026. */
    String date(LocalDate day, String language) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(Locale.forLanguageTag(language))
                .format(day);
    }

    private static String date(ZonedDateTime at, FormatStyle style, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(style).withLocale(locale).format(at);
    }

    private static String time(ZonedDateTime at, Locale locale) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(locale)
                .format(at);
    }

    /**
     * The name after French « de »: elided before a vowel (d’Uccle, d’Ittre), not before a consonant (de Namur). Not
     * before an h either: whether it is mute varies by name (de Hal, d’Hastière), and « de » is never wrong to read.
     */
    static String afterDe(String name) {
        String first = Normalizer.normalize(name.isEmpty() ? "" : name.substring(0, 1), Normalizer.Form.NFD)
                .toLowerCase(Locale.ROOT);
        return !first.isEmpty() && "aeiouy".indexOf(first.charAt(0)) >= 0 ? "d’" + name : "de " + name;
    }
}
