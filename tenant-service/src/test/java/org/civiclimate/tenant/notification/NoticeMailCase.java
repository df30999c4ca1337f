package org.civiclimate.tenant.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.civiclimate.platform.infrastructure.MailCatcher.CapturedMail;
import org.civiclimate.platform.infrastructure.PlatformRealm;
import org.civiclimate.platform.test.ApiClient;
import org.civiclimate.platform.test.TestCommunes;
import org.civiclimate.platform.test.TestKeycloak;
import org.civiclimate.platform.test.TestMail;
import org.civiclimate.tenant.TenantServiceIT;
import org.civiclimate.tenant.commune.KeycloakAdmin;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the tests of the notices other services' events trigger start from: an active commune working in French then
 * Dutch, people made in Keycloak with the language their token states, their mailboxes, and waiting for an event.
 */
abstract class NoticeMailCase extends TenantServiceIT {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    final String slug;
    private final String mailDomain;
    private final String displayName;
    UUID commune;
    String code;
    ApiClient admin;

    /** Someone signed in once (so the platform knows their address), with their own mailbox. */
    record Person(String userId, String email, ApiClient client) {}

    NoticeMailCase(String slugPrefix, String mailDomain, String displayName) {
        this.slug = TestCommunes.anySlug(slugPrefix);
        this.mailDomain = mailDomain;
        this.displayName = displayName;
    }

    @BeforeEach
    void anActiveCommuneWorkingInFrenchThenDutch() {
        admin = as(PlatformRealm.DEMO_ADMIN);
        commune = activeCommune(admin, slug);
        code = admin.get("/api/communes/" + slug + "/joining").json("$.invitationCode");
    }

    /** A person who joined the commune and opened the app (GET /api/me), with the language their token states. */
    Person member(String prefix, @Nullable String locale) {
        var person = person(prefix, locale);
        var joined = person.client().post("/api/communes/" + slug + "/membership", "{\"code\": \"" + code + "\"}");
        assertThat(joined.status()).as(joined.toString()).isEqualTo(200);
        return person;
    }

    Person person(String prefix, @Nullable String locale) {
        String email = prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@" + mailDomain;
        KeycloakAdmin.createUser(email, displayName, "secret-" + email, locale);
        var client = anonymous().withToken(TestKeycloak.tokens().of(email, "secret-" + email));
        String userId = client.get("/api/me").json("$.userId");
        return new Person(userId, email, client);
    }

    static CapturedMail onlyMailTo(Person person) {
        await().atMost(PATIENCE).until(() -> !TestMail.to(person.email()).isEmpty());
        var mails = TestMail.to(person.email());
        assertThat(mails).hasSize(1);
        return mails.getFirst();
    }

    void awaitProcessed(byte[] envelope) {
        await().atMost(PATIENCE).until(() -> processed(envelope));
    }

    boolean processed(byte[] envelope) {
        String id = JsonPath.read(new String(envelope, StandardCharsets.UTF_8), "$.id");
        return jdbc.sql("select count(*) from processed_event where event_id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** The data of {@code session.convened} as assembly-service sends it: times with the commune's offset. */
    Map<String, Object> convocation(UUID assembly, UUID session, List<String> userIds) {
        var data = new LinkedHashMap<String, Object>();
        data.put("communeId", commune);
        data.put("assemblyId", assembly);
        data.put("sessionId", session);
        data.put("title", "Klimaatbudget");
        data.put("kind", "DELIBERATION");
        data.put("startsAt", "2026-12-09T18:30:00+01:00");
        data.put("endsAt", "2026-12-09T21:30:00+01:00");
        data.put("zone", "Europe/Brussels");
        data.put("place", "Salle du conseil");
        data.put("onlineLink", "https://meet.example/convene");
        data.put("userIds", userIds);
        return data;
    }

    /** The data of {@code response.published} as assembly-service sends it: a partial acceptance, justified. */
    Map<String, Object> answer(UUID recommendation, List<String> followerIds) {
        var data = new LinkedHashMap<String, Object>();
        data.put("communeId", commune);
        data.put("assemblyId", UUID.randomUUID());
        data.put("recommendationId", recommendation);
        data.put("decision", "PARTIALLY_ACCEPTED");
        data.put("justification", "Eerst rond de scholen.");
        data.put("publishedAt", "2026-12-01T10:00:00Z");
        data.put("late", false);
        data.put("title", "Fietsstraten");
        data.put("followerIds", followerIds);
        return data;
    }
}
