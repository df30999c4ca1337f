package org.civiclimate.assembly.draws;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.civiclimate.assembly.SeatedAssembly;
import org.civiclimate.platform.test.ApiClient;
import org.civiclimate.platform.test.RealInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Invitation letters and the public sign-up, through HTTP with the real database: staff ask for letters and download
 * their codes as a mail-merge CSV; a person signs up once with their letter's code, their values and consent; every
 * fault is named as a field and leaves nothing written; the sign-up closes on time; 200,000 letters stream out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure(keycloak = true)
class SignUpIT {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    SeatedAssembly a;
    String draw;
    String drawId;
    String signUp;

    @BeforeEach
    void aDrawWithQuotas() throws Exception {
        a = SeatedAssembly.create(dataSource, port);
        String draws = "/api/communes/" + a.slug() + "/assembly/assemblies/" + a.assembly() + "/draws";
        var created = a.facilitator().post(draws, """
                {"title": "Panel 2027", "panelSize": 2, "reserveCount": 0, "algorithm": "LEXIMIN",
                 "seed": "s", "seedSource": "announced"}""");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        drawId = created.json("$.id");
        draw = draws + "/" + drawId;
        signUp = "/api/public/communes/" + a.slug() + "/assembly/draws/" + drawId + "/sign-up";
    }

    @Test
    void staffSendLettersWhoseCodesLetOnePersonEachSignUpOnce() {
        String invite = "{\"letters\": 5, \"signUpUntil\": \"%s\"}"
                .formatted(OffsetDateTime.now().plusDays(7));
        var noQuotas = a.facilitator().post(draw + "/invitations", invite);
        assertThat(noQuotas.status()).isEqualTo(400);
        assertThat(noQuotas.body()).contains("\"quotas\"");
        setQuotas();
        assertThat(a.citizen().post(draw + "/invitations", invite).status()).isEqualTo(403);
        var none = a.facilitator()
                .post(draw + "/invitations", "{\"letters\": 0, \"signUpUntil\": \"2020-01-01T00:00:00Z\"}");
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.body()).contains("letters");
        assertThat(anonymous().get(signUp).status())
                .as("no letters yet: no sign-up")
                .isEqualTo(404);

        var invited = a.facilitator().post(draw + "/invitations", invite);
        assertThat(invited.status()).as(invited.toString()).isEqualTo(200);
        assertThat(invited.<Integer>json("$.letters")).isEqualTo(5);
        var csv = a.facilitator().get(draw + "/invitations");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        var lines = csv.body().lines().toList();
        assertThat(lines).hasSize(6).first().isEqualTo("letter,code,sign_up_link");
        assertThat(lines.get(1))
                .matches("1,[A-Z2-7]{10},http://localhost:8080/communes/" + a.slug() + "/draws/" + drawId
                        + "/sign-up\\?code=[A-Z2-7]{10}");
        String code = lines.get(1).split(",")[1];
        String other = lines.get(2).split(",")[1];
        assertThat(a.citizen().get(draw + "/invitations").status()).isEqualTo(403);

        var form = anonymous().get(signUp);
        assertThat(form.status()).as(form.toString()).isEqualTo(200);
        assertThat(form.<List<String>>json("$.features[0].values")).containsExactly("F", "M");
        assertThat(form.<Boolean>json("$.open")).isTrue();
        assertThat(anonymous()
                        .get("/api/public/communes/" + a.otherSlug() + "/assembly/draws/" + drawId + "/sign-up")
                        .status())
                .isEqualTo(404);

        var wrongCode = anonymous().post(signUp, person("ZZZZZZZZZZ", "ann@example.org", "F", true));
        assertThat(wrongCode.status()).isEqualTo(400);
        assertThat(wrongCode.body()).contains("\"code\"");
        var noConsent = anonymous().post(signUp, person(code, "ann@example.org", "F", false));
        assertThat(noConsent.status()).isEqualTo(400);
        assertThat(noConsent.body()).contains("consent");
        var unknownValue = anonymous().post(signUp, person(code, "ann@example.org", "X", true));
        assertThat(unknownValue.status()).isEqualTo(400);
        assertThat(unknownValue.body()).contains("features.gender");

        // The code as a person types it from the letter: spaced, in lower case.
        String typed =
                code.substring(0, 5).toLowerCase() + " " + code.substring(5).toLowerCase();
        var signed = anonymous().post(signUp, person(typed, "ann@example.org", "F", true));
        assertThat(signed.status()).as(signed.toString()).isEqualTo(201);
        assertThat(signed.<String>json("$.pseudonym")).matches("[A-Z2-7]{10}");
        var again = anonymous().post(signUp, person(code, "bob@example.org", "M", true));
        assertThat(again.status()).as("a letter signs up once").isEqualTo(400);
        assertThat(again.<String>json("$.detail"))
                .as("a used code is answered as a wrong one")
                .isEqualTo(wrongCode.json("$.detail"));
        // Without a letter's code, nobody learns whether an address signed up.
        var probing = anonymous().post(signUp, person("ZZZZZZZZZZ", "ann@example.org", "F", true));
        assertThat(probing.body()).contains("\"code\"").doesNotContain("\"email\"");
        var sameAddress = anonymous().post(signUp, person(other, "ANN@example.org", "M", true));
        assertThat(sameAddress.status()).as("an address signs up once").isEqualTo(400);
        assertThat(sameAddress.body()).contains("\"email\"");
        // Refused for the address, the other letter's code is still unused.
        assertThat(anonymous()
                        .post(signUp, person(other, "bob@example.org", "M", true))
                        .status())
                .isEqualTo(201);

        var view = a.facilitator().get(draw);
        assertThat(view.<Integer>json("$.signUps")).isEqualTo(2);
        assertThat(view.<Integer>json("$.volunteers")).isEqualTo(2);
        // Staff read the pool, search it, and take out a volunteer who changed their mind.
        assertThat(a.citizen().get(draw + "/volunteers").status()).isEqualTo(403);
        var pool = a.facilitator().get(draw + "/volunteers?q=ANN@");
        assertThat(pool.status()).as(pool.toString()).isEqualTo(200);
        assertThat(pool.<Integer>json("$.total")).isEqualTo(1);
        assertThat(pool.<String>json("$.items[0].email")).isEqualTo("ann@example.org");
        assertThat(pool.<Integer>json("$.items[0].letter")).isNotNull();
        assertThat(a.facilitator().get(draw + "/volunteers?q=%25").<Integer>json("$.total"))
                .as("a wildcard is searched as typed")
                .isZero();
        String ann = pool.json("$.items[0].pseudonym");
        assertThat(a.citizen()
                        .send("DELETE", draw + "/volunteers/" + ann, null, "")
                        .status())
                .isEqualTo(403);
        assertThat(a.facilitator()
                        .send("DELETE", draw + "/volunteers/" + ann, null, "")
                        .status())
                .isEqualTo(204);
        assertThat(a.facilitator()
                        .send("DELETE", draw + "/volunteers/" + ann, null, "")
                        .status())
                .isEqualTo(404);
        assertThat(a.facilitator()
                        .send("DELETE", draw + "/volunteers/not-a-pseudonym", null, "")
                        .status())
                .isEqualTo(400);
        assertThat(a.facilitator().get(draw + "/volunteers").<Integer>json("$.total"))
                .isEqualTo(1);
        var imported = a.facilitator().send("PUT", draw + "/pool", "text/csv", "gender\nF\nM\n");
        assertThat(imported.status()).isEqualTo(409);
        assertThat(imported.problem()).isEqualTo("pool-has-sign-ups");
        // Signed up with these values, the volunteers keep them: only the seats may change.
        var renamed = a.facilitator().send("PUT", draw + "/quotas", "application/json", """
                {"quotas": [{"feature": "gender", "value": "Female", "min": 1, "max": 1},
                            {"feature": "gender", "value": "M", "min": 1, "max": 1}]}""");
        assertThat(renamed.status()).isEqualTo(409);
        assertThat(renamed.problem()).isEqualTo("pool-has-sign-ups");
        var reseated = a.facilitator().send("PUT", draw + "/quotas", "application/json", """
                {"quotas": [{"feature": "gender", "value": "F", "min": 0, "max": 2},
                            {"feature": "gender", "value": "M", "min": 0, "max": 2}]}""");
        assertThat(reseated.status()).as(reseated.toString()).isEqualTo(200);
    }

    @Test
    void theSignUpClosesOnTime() throws Exception {
        setQuotas();
        var invited = a.facilitator()
                .post(
                        draw + "/invitations",
                        "{\"letters\": 2, \"signUpUntil\": \"%s\"}"
                                .formatted(OffsetDateTime.now().plusDays(1)));
        assertThat(invited.status()).as(invited.toString()).isEqualTo(200);
        String code = a.facilitator()
                .get(draw + "/invitations")
                .body()
                .lines()
                .toList()
                .get(1)
                .split(",")[1];
        closeSignUp();
        assertThat(anonymous().get(signUp).<Boolean>json("$.open")).isFalse();
        var late = anonymous().post(signUp, person(code, "late@example.org", "F", true));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.problem()).isEqualTo("sign-up-closed");

        // Staff reopen it for a late print run: the same letter signs up.
        String reopen =
                "{\"signUpUntil\": \"%s\"}".formatted(OffsetDateTime.now().plusDays(3));
        assertThat(a.citizen()
                        .send("PUT", draw + "/sign-up-until", "application/json", reopen)
                        .status())
                .isEqualTo(403);
        var past = a.facilitator()
                .send(
                        "PUT",
                        draw + "/sign-up-until",
                        "application/json",
                        "{\"signUpUntil\": \"2020-01-01T00:00:00Z\"}");
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.body()).contains("signUpUntil");
        var reopened = a.facilitator().send("PUT", draw + "/sign-up-until", "application/json", reopen);
        assertThat(reopened.status()).as(reopened.toString()).isEqualTo(200);
        assertThat(anonymous().get(signUp).<Boolean>json("$.open")).isTrue();
        assertThat(anonymous()
                        .post(signUp, person(code, "late@example.org", "F", true))
                        .status())
                .isEqualTo(201);
    }

    /** Moves the draw's sign-up deadline to the past, as if its time had gone by. */
    private void closeSignUp() throws Exception {
        try (var connection = dataSource.getConnection();
                var bind = connection.prepareStatement("select set_config('app.commune_id', ?, true)");
                var update = connection.prepareStatement(
                        "update draw set sign_up_until = now() - interval '1 minute' where id = ?::uuid")) {
            connection.setAutoCommit(false);
            bind.setString(1, a.commune().toString());
            bind.execute();
            update.setString(1, drawId);
            assertThat(update.executeUpdate()).isEqualTo(1);
            connection.commit();
        }
    }

    @Test
    void twoHundredThousandLettersAreMadeAndDownloaded() {
        setQuotas();
        var invited = a.facilitator()
                .post(
                        draw + "/invitations",
                        "{\"letters\": 200000, \"signUpUntil\": \"%s\"}"
                                .formatted(OffsetDateTime.now().plusDays(30)));
        assertThat(invited.status()).as(invited.toString()).isEqualTo(200);
        assertThat(invited.<Integer>json("$.letters")).isEqualTo(200_000);
        var more = a.facilitator()
                .post(
                        draw + "/invitations",
                        "{\"letters\": 1, \"signUpUntil\": \"%s\"}"
                                .formatted(OffsetDateTime.now().plusDays(30)));
        assertThat(more.status()).as("200,000 letters at most").isEqualTo(400);

        var csv = a.facilitator().get(draw + "/invitations").body();
        var lines = csv.lines().toList();
        assertThat(lines).hasSize(200_001);
        assertThat(lines.getLast()).startsWith("200000,");
        assertThat(lines.stream()
                        .skip(1)
                        .map(line -> line.split(",")[1])
                        .distinct()
                        .count())
                .as("every code different")
                .isEqualTo(200_000);
    }

    private void setQuotas() {
        var quotas = a.facilitator().send("PUT", draw + "/quotas", "application/json", """
                {"quotas": [{"feature": "gender", "value": "F", "min": 1, "max": 1},
                            {"feature": "gender", "value": "M", "min": 1, "max": 1}]}""");
        assertThat(quotas.status()).as(quotas.toString()).isEqualTo(200);
    }

    private static String person(String code, String email, String gender, boolean consent) {
        return """
                {"code": "%s", "name": "Volunteer", "email": "%s", "features": {"gender": "%s"}, "consent": %s}""".formatted(code, email, gender, consent);
    }

    private ApiClient anonymous() {
        return ApiClient.at("http://127.0.0.1:" + port);
    }
}
