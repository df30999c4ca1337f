package org.civiclimate.tenant.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.UUID;
import org.civiclimate.platform.events.fixtures.OtherServices;
import org.civiclimate.platform.tenancy.CommuneContext;
import org.civiclimate.platform.tenancy.CommuneId;
import org.civiclimate.platform.test.TestMail;
import org.junit.jupiter.api.Test;

/**
 * The notices mailed to those convened and to those who follow a recommendation wait for them in the app too
 * ({@code /api/me/notifications}): once each however often the event comes, delivered even when the mail fails, each
 * person's own, and gone with their account; real broker, Keycloak tokens, database and SMTP server.
 */
class InboxIT extends NoticeMailCase {

    InboxIT() {
        super("inbox", "inbox.example", "Ines Inbox");
    }

    @Test
    void aConvocationAndAnAnswerWaitInTheAppOnceEachUntilRead() {
        var member = member("member", "fr");
        var other = member("other", "en");
        UUID assembly = UUID.randomUUID();
        UUID session = UUID.randomUUID();
        UUID recommendation = UUID.randomUUID();

        byte[] convened = OtherServices.announce(
                new CommuneId(commune), "session.convened", convocation(assembly, session, List.of(member.userId())));
        onlyMailTo(member);
        OtherServices.announce(
                new CommuneId(commune), "response.published", answer(recommendation, List.of(member.userId())));
        await().atMost(PATIENCE)
                .until(() -> member.client().get("/api/me/notifications").<Integer>json("$.total") == 2);

        var inbox = member.client().get("/api/me/notifications");
        assertThat(inbox.<Integer>json("$.unread")).isEqualTo(2);
        assertThat(inbox.<List<String>>json("$.items[*].kind")).containsExactly("ANSWER", "CONVOCATION");
        assertThat(inbox.<String>json("$.items[0].title")).isEqualTo("Fietsstraten");
        assertThat(inbox.<String>json("$.items[0].detail")).isEqualTo("PARTIALLY_ACCEPTED");
        assertThat(inbox.<String>json("$.items[0].link"))
                .isEqualTo("/communes/" + slug + "/accountability/" + recommendation);
        assertThat(inbox.<String>json("$.items[0].communeSlug")).isEqualTo(slug);
        assertThat(inbox.<String>json("$.items[1].detail")).isEqualTo("2026-12-09T18:30+01:00");
        assertThat(inbox.<String>json("$.items[1].link"))
                .isEqualTo("/communes/" + slug + "/assemblies/" + assembly + "/sessions/" + session);
        String convocation = inbox.json("$.items[1].id");
        var export = member.client().get("/api/me/data");
        assertThat(export.<List<String>>json("$.notifications[*].kind"))
                .as("in the person's data export")
                .containsExactly("ANSWER", "CONVOCATION");
        assertThat(export.<String>json("$.profile.language"))
                .as("the language their mails are written in")
                .isEqualTo("fr");

        // Each person's own: nobody else sees it or marks it read.
        assertThat(other.client().get("/api/me/notifications").<Integer>json("$.total"))
                .isZero();
        var foreign = other.client().post("/api/me/notifications/" + convocation + "/read", "");
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.<String>json("$.type")).endsWith("/notice-not-found");

        assertThat(member.client()
                        .post("/api/me/notifications/" + convocation + "/read", "")
                        .status())
                .isEqualTo(204);
        var unread = member.client().get("/api/me/notifications?unread=true");
        assertThat(unread.<List<String>>json("$.items[*].kind")).containsExactly("ANSWER");
        assertThat(unread.<Integer>json("$.total")).isEqualTo(1);

        // The convocation announced again, and its event delivered again: still one, still read.
        OtherServices.deliverAgain(new CommuneId(commune), "session.convened", convened);
        awaitProcessed(OtherServices.announce(
                new CommuneId(commune), "session.convened", convocation(assembly, session, List.of(member.userId()))));
        var again = member.client().get("/api/me/notifications");
        assertThat(again.<Integer>json("$.total")).isEqualTo(2);
        assertThat(again.<Integer>json("$.unread")).isEqualTo(1);

        assertThat(member.client().post("/api/me/notifications/read", "").status())
                .isEqualTo(204);
        assertThat(member.client().get("/api/me/notifications").<Integer>json("$.unread"))
                .isZero();
    }

    @Test
    void theNoticeIsInTheAppEvenWhenItsMailFailsAndGoesWithTheAccount() {
        var unreachable = member("ko", "de");
        jdbc.sql("update person set email = 'broken <' where user_id = ?")
                .param(unreachable.userId())
                .update();
        UUID session = UUID.randomUUID();

        byte[] envelope = OtherServices.announce(
                new CommuneId(commune),
                "session.convened",
                convocation(UUID.randomUUID(), session, List.of(unreachable.userId())));

        await().atMost(PATIENCE)
                .until(() -> unreachable.client().get("/api/me/notifications").<Integer>json("$.total") == 1);
        assertThat(processed(envelope))
                .as("the mail failed: the event is retried")
                .isFalse();
        jdbc.sql("update person set email = ? where user_id = ?")
                .params(unreachable.email(), unreachable.userId())
                .update();
        awaitProcessed(envelope);
        assertThat(TestMail.to(unreachable.email())).hasSize(1);
        assertThat(unreachable.client().get("/api/me/notifications").<Integer>json("$.total"))
                .isEqualTo(1);

        assertThat(unreachable.client().send("DELETE", "/api/me", null, "").status())
                .isEqualTo(204);
        assertThat(rowsOf(unreachable.userId(), "inbox_notice")).isZero();
        assertThat(rowsOf(unreachable.userId(), "convocation_mail")).isZero();
    }

    /** The person's rows left in the commune's table; read with the commune bound, as row-level security asks. */
    private int rowsOf(String userId, String table) {
        return CommuneContext.callAs(
                new CommuneId(commune),
                () -> transactions.execute(_ -> jdbc.sql("select count(*) from " + table + " where user_id = ?")
                        .param(userId)
                        .query(Integer.class)
                        .single()));
    }
}
