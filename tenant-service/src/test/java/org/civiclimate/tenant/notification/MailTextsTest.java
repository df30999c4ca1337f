package org.civiclimate.tenant.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;
import org.civiclimate.tenant.roles.CommuneRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The emails' texts as each language's bundle writes them, read the way Spring Boot configures the bundles. */
class MailTextsTest {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private final MailTexts texts = new MailTexts(
            messages(),
            new NotificationProperties("x <x@example.org>", "https://web.example", ZoneId.of("Europe/Brussels")));

    private static ResourceBundleMessageSource messages() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "nl", "de", "en"})
    void aStaffInvitationHasOneLinkAndStatesItsValidityOnce(String language) {
        var until = texts.moment(OffsetDateTime.of(2026, 12, 9, 15, 39, 0, 0, ZoneOffset.UTC), language);
        var text = texts.of(
                "staff-invited",
                language,
                "Uccle",
                MailTexts.afterDe("Uccle"),
                texts.role(CommuneRole.FACILITATOR, language),
                "https://web.example/invitations/42",
                until);

        assertThat(LINK.matcher(text.body()).results().map(r -> r.group()).toList())
                .containsExactly("https://web.example/invitations/42");
        assertThat(text.body().split(Pattern.quote(until), -1)).hasSize(2);
        assertThat(text.body()).contains("Uccle").doesNotContain("{", "&#", "&amp;", "''");
        assertThat(text.subject()).contains("Uccle").doesNotContain("\n");
    }

    @Test
    void writesFrenchAsFrenchIsTypeset() {
        var until = texts.moment(OffsetDateTime.of(2026, 12, 9, 15, 39, 0, 0, ZoneOffset.UTC), "fr");
        var text = texts.of(
                "staff-invited", "fr", "Uccle", MailTexts.afterDe("Uccle"), "facilitateur·rice", "https://l", until);

        assertThat(until).isEqualTo("9 décembre 2026 à 16:39");
        assertThat(text.subject()).isEqualTo("Invitation à rejoindre l’équipe de la commune d’Uccle sur Civiclimate");
        assertThat(text.body()).contains("\u00a0:\n").doesNotContain(" :").contains("jusqu’au 9 décembre 2026");
        assertThat(MailTexts.afterDe("Namur")).isEqualTo("de Namur");
        assertThat(MailTexts.afterDe("Écaussinnes")).isEqualTo("d’Écaussinnes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "nl", "de", "en"})
    void everyLanguageHasEveryText(String language) {
        for (String key : List.of(
                "staff-invited",
                "coordinator-invited",
                "commune-activated",
                "commune-suspended",
                "commune-reinstated")) {
            var text = texts.of(key, language, "Namur", "de Namur", "a", "b", "c");
            assertThat(text.subject()).as(key).isNotBlank();
            assertThat(text.body()).as(key).isNotBlank().doesNotContain("{");
        }
        assertThat(texts.role(CommuneRole.ADMIN, language)).isNotBlank();
    }
}
