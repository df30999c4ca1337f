package org.civiclimate.tenant.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.civiclimate.platform.events.fixtures.OtherServices;
import org.civiclimate.platform.infrastructure.MailCatcher.CapturedMail;
import org.civiclimate.platform.infrastructure.PlatformRealm;
import org.civiclimate.platform.tenancy.CommuneContext;
import org.civiclimate.platform.tenancy.CommuneId;
import org.civiclimate.platform.test.TestMail;
import org.junit.jupiter.api.Test;

/**
 * Those who follow a recommendation learn its answer, each step of its follow-up and that its answer is overdue (its
 * staff too): assembly-service's events, sent to the real broker as its relay does, become one mail per person in
 * their language, with the recommendation's public page, once however often they come; real Keycloak tokens,
 * database and SMTP server.
 */
class RecommendationNoticesIT extends NoticeMailCase {

    RecommendationNoticesIT() {
        super("notice", "follows.example", "Fanny Follower");
    }

    @Test
    void followersLearnTheAnswerOnceInTheirLanguageWithThePublicPage() {
        // Followers need not be in the commune: anyone signed in follows a public recommendation.
        var dutch = person("nl", "nl");
        var french = person("fr", null);
        var erased = person("gone", "en");
        assertThat(erased.client().send("DELETE", "/api/me", null, "").status()).isEqualTo(204);
        UUID recommendation = UUID.randomUUID();
        var answer = answer(recommendation, List.of(dutch.userId(), french.userId(), erased.userId(), "never-seen"));

        byte[] envelope = OtherServices.announce(new CommuneId(commune), "response.published", answer);

        String page = "http://localhost:8080/communes/" + slug + "/accountability/" + recommendation;
        var toDutch = onlyMailTo(dutch);
        assertThat(toDutch.to()).as("nobody else's address").containsExactly(dutch.email());
        assertThat(toDutch.subject()).isEqualTo("Commune " + slug + ": antwoord op de aanbeveling ‘Fietsstraten’");
        assertThat(toDutch.text())
                .contains("die u volgt: ze is gedeeltelijk aanvaard.")
                .contains("Motivering: Eerst rond de scholen.")
                .contains(page);

        // No language known: the commune's first.
        var toFrench = onlyMailTo(french);
        assertThat(toFrench.subject())
                .isEqualTo("Commune de Commune " + slug
                        + "\u00a0: réponse à la recommandation «\u00a0Fietsstraten\u00a0»");
        assertThat(toFrench.text())
                .contains("que vous suivez\u00a0: elle l’a acceptée en partie.")
                .contains("Justification\u00a0: Eerst rond de scholen.")
                .contains(page);

        awaitProcessed(envelope);
        assertThat(TestMail.to(erased.email())).as("deleted their account").isEmpty();

        // The same event delivered again, and the same answer announced again: nobody is mailed twice.
        OtherServices.deliverAgain(new CommuneId(commune), "response.published", envelope);
        awaitProcessed(OtherServices.announce(new CommuneId(commune), "response.published", answer));
        assertThat(TestMail.to(dutch.email())).hasSize(1);
        assertThat(TestMail.to(french.email())).hasSize(1);
        assertThat(mailed(recommendation, "ANSWER", "answer"))
                .containsExactlyInAnyOrder(dutch.userId(), french.userId());
    }

    @Test
    void anOverdueAnswerReachesTheStaffAndTheFollowersOnce() {
        var facilitator = member("staff", "de");
        String facilitatorId = facilitator.userId();
        var granted = admin.send(
                "PUT", "/api/communes/" + slug + "/members/" + facilitatorId + "/roles/FACILITATOR", null, "");
        assertThat(granted.status()).as(granted.toString()).isEqualTo(200);
        var citizen = member("citizen", "en");
        var follower = person("follows", "en");
        UUID assembly = UUID.randomUUID();
        UUID recommendation = UUID.randomUUID();
        // The facilitator follows it too: one mail, the staff's.
        var overdue = new LinkedHashMap<String, Object>();
        overdue.put("communeId", commune);
        overdue.put("assemblyId", assembly);
        overdue.put("recommendationId", recommendation);
        overdue.put("title", "Zones 30 " + recommendation);
        overdue.put("responseDueOn", "2026-12-09");
        overdue.put("followerIds", List.of(follower.userId(), facilitatorId));

        byte[] envelope = OtherServices.announce(new CommuneId(commune), "response.overdue", overdue);

        String page = "http://localhost:8080/communes/" + slug + "/accountability/" + recommendation;
        String staffPage = "http://localhost:8080/communes/" + slug + "/assemblies/" + assembly + "/recommendations/"
                + recommendation;
        var toFollower = onlyMailTo(follower);
        assertThat(toFollower.subject()).contains("the answer to the recommendation", "is overdue");
        assertThat(toFollower.text())
                .contains("you follow by December 9, 2026. Its answer has been overdue since.")
                .contains(page)
                .doesNotContain(staffPage);

        var toFacilitator = onlyMailTo(facilitator);
        assertThat(toFacilitator.subject()).contains("Antwort auf die Empfehlung", "überfällig");
        assertThat(toFacilitator.text()).contains("bis spätestens 9. Dezember 2026", staffPage, page);

        await().atMost(PATIENCE).until(() -> !toAdminAbout(recommendation).isEmpty());
        assertThat(toAdminAbout(recommendation).getFirst().text()).contains(staffPage, page);

        awaitProcessed(envelope);
        OtherServices.deliverAgain(new CommuneId(commune), "response.overdue", envelope);
        awaitProcessed(OtherServices.announce(new CommuneId(commune), "response.overdue", overdue));
        assertThat(TestMail.to(follower.email())).hasSize(1);
        assertThat(TestMail.to(facilitator.email())).hasSize(1);
        assertThat(toAdminAbout(recommendation)).hasSize(1);
        assertThat(TestMail.to(citizen.email()))
                .as("neither staff nor a follower")
                .isEmpty();
        assertThat(mailed(recommendation, "OVERDUE", "overdue")).hasSize(3).contains(facilitatorId, follower.userId());
    }

    @Test
    void eachFollowUpIsMailedOnceWithItsProgress() {
        var follower = person("progress", "en");
        UUID recommendation = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        var step = followUp(recommendation, first, "IN_PROGRESS", 60, follower.userId());

        byte[] envelope = OtherServices.announce(new CommuneId(commune), "follow-up.updated", step);

        var mail = onlyMailTo(follower);
        assertThat(mail.subject()).isEqualTo("Commune " + slug + ": follow-up of the recommendation “Fietsstraten”");
        assertThat(mail.text().lines().toList())
                .contains(
                        "Status: in progress",
                        "Progress: 60%",
                        "Responsible department: Mobility",
                        "Date: December 9, 2026",
                        "Note: Two streets done.",
                        "http://localhost:8080/communes/" + slug + "/accountability/" + recommendation);

        awaitProcessed(envelope);
        OtherServices.deliverAgain(new CommuneId(commune), "follow-up.updated", envelope);
        awaitProcessed(envelope);
        // The next step is another notice.
        OtherServices.announce(
                new CommuneId(commune),
                "follow-up.updated",
                followUp(recommendation, UUID.randomUUID(), "DONE", 100, follower.userId()));
        await().atMost(PATIENCE).until(() -> TestMail.to(follower.email()).size() == 2);
        assertThat(TestMail.to(follower.email()).getLast().text().lines().toList())
                .contains("Status: done", "Progress: 100%");
        assertThat(mailed(recommendation, "FOLLOW_UP", first.toString())).containsExactly(follower.userId());
    }

    private Map<String, Object> followUp(
            UUID recommendation, UUID followUp, String status, int progress, String followerId) {
        var data = new LinkedHashMap<String, Object>();
        data.put("communeId", commune);
        data.put("assemblyId", UUID.randomUUID());
        data.put("recommendationId", recommendation);
        data.put("followUpId", followUp);
        data.put("status", status);
        data.put("progress", progress);
        data.put("note", "Two streets done.");
        data.put("on", "2026-12-09");
        data.put("department", "Mobility");
        data.put("title", "Fietsstraten");
        data.put("followerIds", List.of(followerId));
        return data;
    }

    /** The demo admin's mailbox is shared by the tests: their mails about this recommendation. */
    private static List<CapturedMail> toAdminAbout(UUID recommendation) {
        return TestMail.to(PlatformRealm.DEMO_ADMIN).stream()
                .filter(mail -> mail.subject().contains(recommendation.toString()))
                .toList();
    }

    /** Who was recorded as mailed the notice; read with the commune bound, as row-level security asks. */
    private List<String> mailed(UUID recommendation, String notice, String key) {
        return CommuneContext.callAs(
                new CommuneId(commune),
                () -> transactions.execute(_ -> jdbc.sql("""
                                select user_id from recommendation_mail
                                where recommendation_id = ? and notice = ? and notice_key = ?""")
                        .params(recommendation, notice, key)
                        .query(String.class)
                        .list()));
    }
}
