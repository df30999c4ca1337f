package org.civiclimate.tenant.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.civiclimate.platform.events.fixtures.OtherServices;
import org.civiclimate.platform.tenancy.CommuneContext;
import org.civiclimate.platform.tenancy.CommuneId;
import org.civiclimate.platform.test.TestMail;
import org.junit.jupiter.api.Test;

/**
 * Members convened to a session get their convocation: assembly-service's {@code session.convened}, sent to the real
 * broker as its relay does, becomes one mail per member in their language, on the real SMTP server, once however
 * often it comes or is retried; real Keycloak tokens and database.
 */
class ConvocationMailIT extends NoticeMailCase {

    ConvocationMailIT() {
        super("convene", "convened.example", "Conny Convened");
    }

    @Test
    void mailsEachConvenedMemberOnceInTheirLanguageWithTheSessionsPageAndItsLocalTime() {
        var dutch = member("nl", "nl");
        var french = member("fr", null);
        var outsider = person("out", null);
        var leaver = member("left", "en");
        assertThat(leaver.client()
                        .send("DELETE", "/api/communes/" + slug + "/membership", null, "")
                        .status())
                .isEqualTo(204);
        var erased = member("gone", "en");
        assertThat(erased.client().send("DELETE", "/api/me", null, "").status()).isEqualTo(204);
        UUID assembly = UUID.randomUUID();
        UUID session = UUID.randomUUID();
        var convocation = convocation(
                assembly,
                session,
                List.of(
                        dutch.userId(),
                        french.userId(),
                        outsider.userId(),
                        leaver.userId(),
                        erased.userId(),
                        "never-signed-in"));

        byte[] envelope = OtherServices.announce(new CommuneId(commune), "session.convened", convocation);

        String page = "/communes/" + slug + "/assemblies/" + assembly + "/sessions/" + session;
        var toDutch = onlyMailTo(dutch);
        assertThat(toDutch.to()).as("nobody else's address").containsExactly(dutch.email());
        assertThat(toDutch.subject())
                .isEqualTo(
                        "Commune " + slug + ": oproeping voor de zitting ‘Klimaatbudget’ op woensdag 9 december 2026");
        assertThat(toDutch.text())
                .contains("Klimaatbudget (beraadslaging)")
                .contains("Wanneer: woensdag 9 december 2026, van 18:30 tot 21:30")
                .contains("Plaats: Salle du conseil")
                .contains("Online: https://meet.example/convene")
                .contains("http://localhost:8080" + page);

        // No language known: the commune's first (French, and « de Commune … », not elided before a consonant).
        var toFrench = onlyMailTo(french);
        assertThat(toFrench.to()).containsExactly(french.email());
        assertThat(toFrench.subject())
                .isEqualTo("Commune de Commune " + slug
                        + "\u00a0: convocation à la séance «\u00a0Klimaatbudget\u00a0» du mercredi 9 décembre 2026");
        assertThat(toFrench.text())
                .contains("Date et heure\u00a0: mercredi 9 décembre 2026, de 18:30 à 21:30")
                .contains("Lieu\u00a0: Salle du conseil")
                .contains("http://localhost:8080" + page);

        awaitProcessed(envelope);
        assertThat(TestMail.to(outsider.email())).as("not in the commune").isEmpty();
        assertThat(TestMail.to(leaver.email())).as("left the commune").isEmpty();
        assertThat(TestMail.to(erased.email())).as("deleted their account").isEmpty();

        // The same event delivered again, and the same convocation announced again (a new event): nobody is mailed
        // twice.
        OtherServices.deliverAgain(new CommuneId(commune), "session.convened", envelope);
        awaitProcessed(OtherServices.announce(new CommuneId(commune), "session.convened", convocation));
        awaitProcessed(OtherServices.announce(
                new CommuneId(commune),
                "session.convened",
                convocation(assembly, session, List.of(french.userId(), dutch.userId()))));
        assertThat(TestMail.to(dutch.email())).hasSize(1);
        assertThat(TestMail.to(french.email())).hasSize(1);
        assertThat(mailed(session)).containsExactlyInAnyOrder(dutch.userId(), french.userId());
    }

    @Test
    void theConvenedLearnOnceOfEachChangeAndOfTheCancellationInTheirLanguage() {
        var dutch = member("moved", "nl");
        var french = member("annule", "fr");
        UUID assembly = UUID.randomUUID();
        UUID session = UUID.randomUUID();
        var moved = change(assembly, session, false, List.of(dutch.userId(), french.userId()));

        byte[] envelope = OtherServices.announce(new CommuneId(commune), "session.changed", moved);

        var toDutch = onlyMailTo(dutch);
        assertThat(toDutch.subject())
                .isEqualTo("Commune " + slug
                        + ": de zitting ‘Klimaatbudget’ is gewijzigd, nu op donderdag 10 december 2026");
        assertThat(toDutch.text())
                .contains("Wanneer: donderdag 10 december 2026, van 19:00 tot 22:00")
                .contains("Plaats: Salle du conseil")
                .contains(
                        "http://localhost:8080/communes/" + slug + "/assemblies/" + assembly + "/sessions/" + session);
        awaitProcessed(envelope);
        OtherServices.deliverAgain(new CommuneId(commune), "session.changed", envelope);
        awaitProcessed(envelope);

        OtherServices.announce(
                new CommuneId(commune),
                "session.changed",
                change(assembly, session, true, List.of(dutch.userId(), french.userId())));
        await().atMost(PATIENCE).until(() -> TestMail.to(french.email()).size() == 2);
        assertThat(TestMail.to(french.email()).getLast().subject())
                .isEqualTo("Commune de Commune " + slug
                        + "\u00a0: la séance «\u00a0Klimaatbudget\u00a0» du jeudi 10 décembre 2026 est annulée");
        await().atMost(PATIENCE).until(() -> TestMail.to(dutch.email()).size() == 2);
        assertThat(dutch.client().get("/api/me/notifications").<List<String>>json("$.items[*].kind"))
                .containsExactly("SESSION_CANCELLED", "SESSION_CHANGED");
    }

    /** The data of {@code session.changed} as assembly-service sends it: moved to the next evening, or cancelled. */
    private Map<String, Object> change(UUID assembly, UUID session, boolean cancelled, List<String> userIds) {
        var data = new LinkedHashMap<>(convocation(assembly, session, userIds));
        data.put("changeId", UUID.randomUUID());
        data.put("startsAt", "2026-12-10T19:00:00+01:00");
        data.put("endsAt", "2026-12-10T22:00:00+01:00");
        data.put("cancelled", cancelled);
        return data;
    }

    @Test
    void aRetryAfterOneAddressFailedMailsOnlyThoseNotMailedYet() {
        var reachable = member("ok", "de");
        var unreachable = member("ko", "de");
        // An address the mail library refuses (as an SMTP server refusing it would): the event fails and is retried.
        jdbc.sql("update person set email = 'broken <' where user_id = ?")
                .param(unreachable.userId())
                .update();
        UUID session = UUID.randomUUID();

        byte[] envelope = OtherServices.announce(
                new CommuneId(commune),
                "session.convened",
                convocation(UUID.randomUUID(), session, List.of(reachable.userId(), unreachable.userId())));

        assertThat(onlyMailTo(reachable).subject()).contains("Einladung zur Sitzung „Klimaatbudget“");
        assertThat(mailed(session)).containsExactly(reachable.userId());
        // Retried meanwhile (after 1 s, then 2 s more), without mailing the one who got theirs.
        await().during(Duration.ofSeconds(4))
                .atMost(Duration.ofSeconds(6))
                .until(() -> TestMail.to(reachable.email()).size() == 1 && !processed(envelope));

        jdbc.sql("update person set email = ? where user_id = ?")
                .params(unreachable.email(), unreachable.userId())
                .update();
        awaitProcessed(envelope);
        assertThat(TestMail.to(unreachable.email())).hasSize(1);
        assertThat(TestMail.to(reachable.email())).hasSize(1);
        assertThat(mailed(session)).containsExactlyInAnyOrder(reachable.userId(), unreachable.userId());
    }

    /** Who was recorded as mailed for the session; read with the commune bound, as row-level security asks. */
    private List<String> mailed(UUID session) {
        return CommuneContext.callAs(
                new CommuneId(commune),
                () -> transactions.execute(_ -> jdbc.sql("select user_id from convocation_mail where session_id = ?")
                        .param(session)
                        .query(String.class)
                        .list()));
    }
}
