package org.civiclimate.tenant.notification;

import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.civiclimate.tenant.roles.CommuneRole;
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

    String role(CommuneRole role, String language) {
        return messages.getMessage("mail.role." + role.name(), null, Locale.forLanguageTag(language));
    }

    /** A moment as people of the language write it, in the platform's time zone: 9 décembre 2026 à 16:39. */
    String moment(OffsetDateTime at, String language) {
        var locale = Locale.forLanguageTag(language);
        var local = at.atZoneSameInstant(properties.zone());
        return messages.getMessage(
                "mail.moment",
                new Object[] {
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                            .withLocale(locale)
                            .format(local),
                    DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                            .withLocale(locale)
                            .format(local)
                },
                locale);
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
