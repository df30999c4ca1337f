package org.civiclimate.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.civiclimate.platform.infrastructure.PlatformRealm;
import org.civiclimate.platform.test.RealmAdmin;
import org.junit.jupiter.api.Test;

/**
 * The platform realm's defences against guessing, as shipped: a temporary lockout after repeated wrong passwords,
 * proved through Keycloak's real login page, and a password policy of length and a blocklist, not composition rules
 * (OWASP ASVS). Each test has its own fresh user, so no demo login is ever locked.
 */
class SignInProtectionIT {

    /** The realm's {@code failureFactor}. */
    private static final int FAILURES_BEFORE_LOCKOUT = 5;

    private final RealmAdmin admin = RealmAdmin.platformRealm();
    private final KeycloakLoginPage loginPage = new KeycloakLoginPage();

    @Test
    void signsInThroughTheLoginPageOverHttpOnLoopback() throws Exception {
        String email = freshEmail();
        String password = "a long passphrase " + UUID.randomUUID();
        admin.createUser(email, password);

        // sslRequired is external: loopback and private addresses may still use http.
        assertThat(loginPage.signIn(email, password).signedIn()).isTrue();
        assertThat(loginPage.signIn(email, "not the " + password).signedIn()).isFalse();
    }

    @Test
    void refusesEvenTheRightPasswordForAWhileAfterRepeatedWrongOnes() throws Exception {
        String email = freshEmail();
        String password = "a long passphrase " + UUID.randomUUID();
        String userId = admin.createUser(email, password);

        String wrongPasswordMessage = "";
        for (int attempt = 1; attempt <= FAILURES_BEFORE_LOCKOUT; attempt++) {
            var wrong = loginPage.signIn(email, "wrong guess number " + attempt);
            assertThat(wrong.signedIn()).isFalse();
            wrongPasswordMessage = wrong.message();
            // Slower than quickLoginCheckMilliSeconds, so the lockout comes from the count of failures alone.
            Thread.sleep(1_100);
        }
        var lockedOut = loginPage.signIn(email, password);

        assertThat(lockedOut.signedIn()).isFalse();
        // The page says no more than for a wrong password: a guesser does not learn that the account is locked.
        assertThat(lockedOut.message()).isNotBlank().isEqualTo(wrongPasswordMessage);
        String state = bruteForceState(userId);
        assertThat((Boolean) JsonPath.read(state, "$.disabled")).isTrue();
        assertThat((Integer) JsonPath.read(state, "$.numFailures")).isEqualTo(FAILURES_BEFORE_LOCKOUT);

        // Temporary, not permanent: once the wait is over (here: lifted by an administrator) the password works.
        assertThat(admin.send("DELETE", bruteForcePath(userId), null).statusCode())
                .isEqualTo(204);
        assertThat(loginPage.signIn(email, password).signedIn()).isTrue();
    }

    @Test
    void refusesAPasswordShorterThanTwelveCharactersWithThePolicysMessage() {
        var refused = setPassword(newUser(), "short-pw-11");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat((String) JsonPath.read(refused.body(), "$.error")).isEqualTo("invalidPasswordMinLengthMessage");
        assertThat((String) JsonPath.read(refused.body(), "$.error_description"))
                .contains("minimum length 12");
    }

    @Test
    void refusesACommonPasswordLongEnoughToPassTheLengthRule() {
        var refused = setPassword(newUser(), "Password1234");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat((String) JsonPath.read(refused.body(), "$.error")).isEqualTo("invalidPasswordBlacklistedMessage");
    }

    @Test
    void refusesThePasswordThatIsTheUsersOwnEmail() {
        String email = freshEmail();
        String userId = admin.createUser(email, "a long passphrase " + UUID.randomUUID());

        var refused = setPassword(userId, email);

        assertThat(refused.statusCode()).isEqualTo(400);
        // With the email as username, the username rule speaks first.
        assertThat((String) JsonPath.read(refused.body(), "$.error"))
                .isIn("invalidPasswordNotUsernameMessage", "invalidPasswordNotEmailMessage");
    }

    @Test
    void acceptsALongPassphraseWithoutDigitsOrSymbolsAndRefusesAnAbsurdlyLongOne() {
        String userId = newUser();

        assertThat(setPassword(userId, "correct horse battery staple").statusCode())
                .isEqualTo(204);
        assertThat(setPassword(userId, "x".repeat(129)).statusCode()).isEqualTo(400);
        assertThat(setPassword(userId, "y".repeat(128)).statusCode()).isEqualTo(204);
    }

    private String newUser() {
        return admin.createUser(freshEmail(), "a long passphrase " + UUID.randomUUID());
    }

    private java.net.http.HttpResponse<String> setPassword(String userId, String password) {
        return admin.send(
                "PUT", "/" + PlatformRealm.NAME + "/users/" + userId + "/reset-password", """
                {"type": "password", "value": "%s", "temporary": false}""".formatted(password));
    }

    private String bruteForceState(String userId) {
        var response = admin.send("GET", bruteForcePath(userId), null);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static String bruteForcePath(String userId) {
        return "/" + PlatformRealm.NAME + "/attack-detection/brute-force/users/" + userId;
    }

    private static String freshEmail() {
        return "guess-" + UUID.randomUUID() + "@signin.example";
    }
}
