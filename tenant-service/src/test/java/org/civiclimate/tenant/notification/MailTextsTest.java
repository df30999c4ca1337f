package org.civiclimate.tenant.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.civiclimate.tenant.roles.CommuneRole;
import org.jspecify.annotations.Nullable;
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
                "commune-reinstated",
                "session-convened",
                "response-published",
                "follow-up-updated",
                "response-overdue",
                "response-overdue-staff")) {
            var text = texts.of(key, language, "Namur", "de Namur", "a", "b", "c", "d", "e", "f", "g");
            assertThat(text.subject()).as(key).isNotBlank();
            assertThat(text.body()).as(key).isNotBlank().doesNotContain("{");
        }
        assertThat(texts.role(CommuneRole.ADMIN, language)).isNotBlank();
        for (String kind : List.of("INFORMATION_HEARING", "DELIBERATION", "VOTE", "FOLLOW_UP_REVIEW")) {
            assertThat(texts.phrase("session-kind." + kind, language)).as(kind).isNotBlank();
        }
        for (String decision : List.of("ACCEPTED", "PARTIALLY_ACCEPTED", "REJECTED")) {
            assertThat(texts.phrase("response-decision." + decision, language))
                    .as(decision)
                    .isNotBlank();
        }
        for (String status : List.of("PLANNED", "IN_PROGRESS", "STALLED", "DONE")) {
            assertThat(texts.phrase("follow-up-status." + status, language))
                    .as(status)
                    .isNotBlank();
        }
        assertThat(texts.phrase("session-place", language, "Hall")).contains("Hall");
        assertThat(texts.phrase("session-online", language, "https://meet")).contains("https://meet");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "nl", "de", "en"})
    void aConvocationHasOneLinkTheSessionsPageAndStatesItsTimeInItsZone(String language) {
        var text = convocation(language, "https://meet.example/room");

        assertThat(LINK.matcher(text.body()).results().map(r -> r.group()).toList())
                .containsExactly("https://meet.example/room", "https://web.example/communes/uccle/sessions/7");
        // 17:30 UTC is 18:30 in Brussels in December; English writes it 6:30 PM.
        assertThat(text.body())
                .contains("Budget hearing", "Town hall", texts.period(START, END, BRUSSELS, language))
                .contains(language.equals("en") ? "6:30" : "18:30")
                .doesNotContain("{", "''");
        assertThat(text.subject()).contains("Uccle", "Budget hearing", "2026").doesNotContain("\n");
    }

    @Test
    void writesAConvocationInFrenchAsFrenchIsTypeset() {
        var text = convocation("fr", null);

        assertThat(text.subject())
                .isEqualTo(
                        "Commune d’Uccle\u00a0: convocation à la séance «\u00a0Budget hearing\u00a0» du mercredi 9 décembre 2026");
        assertThat(text.body())
                .contains("Budget hearing (séance de délibération)\n")
                .contains("Date et heure\u00a0: mercredi 9 décembre 2026, de 18:30 à 21:30\n")
                .contains("Lieu\u00a0: Town hall\n")
                .doesNotContain(" :", "En ligne");
    }

    @Test
    void aSessionEndingAnotherDayStatesTwoMoments() {
        var nextDay = OffsetDateTime.of(2026, 12, 10, 11, 0, 0, 0, ZoneOffset.UTC);

        assertThat(texts.period(START, nextDay, BRUSSELS, "fr"))
                .isEqualTo("du 9 décembre 2026 à 18:30 au 10 décembre 2026 à 12:00");
        assertThat(texts.period(START, END, BRUSSELS, "nl")).isEqualTo("woensdag 9 december 2026, van 18:30 tot 21:30");
        assertThat(texts.period(START, END, BRUSSELS, "de"))
                .isEqualTo("Mittwoch, 9. Dezember 2026, von 18:30 bis 21:30 Uhr");
    }

    private static final String PAGE = "https://web.example/communes/uccle/accountability/7";
    private static final String STAFF_PAGE = "https://web.example/communes/uccle/assemblies/3/recommendations/7";

    @ParameterizedTest
    @ValueSource(strings = {"fr", "nl", "de", "en"})
    void theNoticesAboutARecommendationHaveItsPublicPageAndTheStaffsTheirsToo(String language) {
        var answer = texts.answer(answer("Because."), "Uccle", PAGE, language);
        var followUp = texts.followUp(followUp(), "Uccle", PAGE, language);
        var overdue = texts.overdue(overdue(), "Uccle", PAGE, null, language);
        var toStaff = texts.overdue(overdue(), "Uccle", PAGE, STAFF_PAGE, language);

        for (var text : List.of(answer, followUp, overdue)) {
            assertThat(LINK.matcher(text.body()).results().map(r -> r.group()).toList())
                    .containsExactly(PAGE);
            assertThat(text.subject()).contains("Uccle", "Bike lanes").doesNotContain("\n");
            assertThat(text.body()).contains("Bike lanes").doesNotContain("{", "''", "\n\n\n");
        }
        assertThat(LINK.matcher(toStaff.body()).results().map(r -> r.group()).toList())
                .containsExactlyInAnyOrder(PAGE, STAFF_PAGE);
        assertThat(answer.body()).contains("Because.", texts.phrase("response-decision.PARTIALLY_ACCEPTED", language));
        assertThat(followUp.body())
                .contains("Mobility", "Two streets done.", "45", texts.phrase("follow-up-status.STALLED", language));
        assertThat(overdue.body()).contains(texts.date(LocalDate.of(2026, 12, 9), language));
        assertThat(texts.answer(answer(null), "Uccle", PAGE, language).body()).doesNotContain("null", "\n\n\n");
    }

    @Test
    void writesTheNoticesAboutARecommendationInFrenchAsFrenchIsTypeset() {
        var answer = texts.answer(answer("Le budget manque."), "Uccle", PAGE, "fr");
        var followUp = texts.followUp(followUp(), "Uccle", PAGE, "fr");
        var toStaff = texts.overdue(overdue(), "Uccle", PAGE, STAFF_PAGE, "fr");

        assertThat(answer.subject())
                .isEqualTo("Commune d’Uccle\u00a0: réponse à la recommandation «\u00a0Bike lanes\u00a0»");
        assertThat(answer.body())
                .contains(
                        "que vous suivez\u00a0: elle l’a acceptée en partie.\n\nJustification\u00a0: Le budget manque.\n\n");
        assertThat(followUp.body())
                .contains("État\u00a0: à l’arrêt\n", "Avancement\u00a0: 45\u00a0%\n", "Date\u00a0: 9 décembre 2026\n");
        assertThat(toStaff.body()).contains("au plus tard le 9 décembre 2026");
        for (var text : List.of(answer, followUp, toStaff)) {
            assertThat(text.subject() + text.body()).doesNotContain(" :", " ;", "'");
        }
    }

    private static ResponsePublished answer(@Nullable String justification) {
        return new ResponsePublished(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                "PARTIALLY_ACCEPTED",
                justification,
                START,
                false,
                "Bike lanes",
                List.of("someone"));
    }

    private static FollowUpUpdated followUp() {
        return new FollowUpUpdated(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                "STALLED",
                45,
                "Two streets done.",
                LocalDate.of(2026, 12, 9),
                "Mobility",
                "Bike lanes",
                List.of("someone"));
    }

    private static ResponseOverdue overdue() {
        return new ResponseOverdue(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                "Bike lanes",
                LocalDate.of(2026, 12, 9),
                List.of("someone"));
    }

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final OffsetDateTime START = OffsetDateTime.of(2026, 12, 9, 17, 30, 0, 0, ZoneOffset.UTC);
    private static final OffsetDateTime END = OffsetDateTime.of(2026, 12, 9, 20, 30, 0, 0, ZoneOffset.UTC);

    private MailTexts.Text convocation(String language, @Nullable String onlineLink) {
        var session = new SessionConvened(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                "Budget hearing",
                "DELIBERATION",
                START.withOffsetSameInstant(ZoneOffset.ofHours(1)),
                END.withOffsetSameInstant(ZoneOffset.ofHours(1)),
                "Europe/Brussels",
                "Town hall",
                onlineLink,
                List.of("someone"));
        return texts.convocation(session, BRUSSELS, "Uccle", "https://web.example/communes/uccle/sessions/7", language);
    }
}
