package org.civiclimate.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.civiclimate.platform.infrastructure.PlatformRealm;
import org.civiclimate.platform.test.ForgedTokens;
import org.civiclimate.platform.test.RealInfrastructure;
import org.civiclimate.platform.test.TestKeycloak;
import org.civiclimate.platform.test.TestTokens;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Token validation with real tokens, good and bad, from the real Keycloak: what every service (they all use this
 * library's servlet configuration) refuses. The gateway's reactive configuration has its own test in the gateway.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure(postgres = false, kafka = false, keycloak = true)
@Import(SecurityTestApplication.WhoAmIResource.class)
class TokenValidationIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    private final TestTokens tokens = TestKeycloak.tokens();
    private final ForgedTokens forged = TestKeycloak.forgedTokens();

    @Test
    void acceptsAValidTokenAndKnowsTheCaller() throws Exception {
        var response = get("/api/whoami", tokens.of(PlatformRealm.DEMO_OPERATOR));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat((String) JsonPath.read(response.body(), "$.email")).isEqualTo(PlatformRealm.DEMO_OPERATOR);
        assertThat((List<String>) JsonPath.read(response.body(), "$.realmRoles"))
                .contains(Caller.OPERATOR);
        assertThat((String) JsonPath.read(response.body(), "$.userId")).isNotBlank();
    }

    @Test
    void refusesARequestWithoutATokenWithAProblem() throws Exception {
        var response = get("/api/whoami", null);

        assertUnauthenticated(response);
        assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow())
                .startsWith("Bearer");
    }

    @Test
    void refusesAnExpiredToken() throws Exception {
        // The first token checked fetches the realm's keys: done first, so that the 2 s measure expiry, not that.
        assertThat(get("/api/whoami", tokens.of(PlatformRealm.DEMO_CITIZEN)).statusCode())
                .isEqualTo(200);
        String token = tokens.shortLived(PlatformRealm.DEMO_CITIZEN);
        assertThat(get("/api/whoami", token).statusCode()).isEqualTo(200);

        Thread.sleep(3_000);
        var response = get("/api/whoami", token);

        assertUnauthenticated(response);
        assertThat((String) JsonPath.read(response.body(), "$.detail")).contains("expired");
    }

    @Test
    void refusesATokenMeantForNoPlatformService() throws Exception {
        var response = get("/api/whoami", tokens.forAnotherAudience(PlatformRealm.DEMO_CITIZEN));

        assertUnauthenticated(response);
        assertThat((String) JsonPath.read(response.body(), "$.detail")).contains("not meant for this service");
    }

    @Test
    void refusesATokenFromAnotherIssuer() throws Exception {
        var response = get("/api/whoami", tokens.fromAnotherIssuer(PlatformRealm.DEMO_CITIZEN));

        assertUnauthenticated(response);
        assertThat((String) JsonPath.read(response.body(), "$.detail")).contains("iss");
    }

    @Test
    void refusesATokenWhoseSignatureDoesNotMatch() throws Exception {
        var response = get("/api/whoami", TestTokens.tampered(tokens.of(PlatformRealm.DEMO_CITIZEN)));

        assertUnauthenticated(response);
        assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow())
                .contains("invalid_token");
    }

    @Test
    void refusesAnUnsignedToken() throws Exception {
        var response = get("/api/whoami", ForgedTokens.unsigned(tokens.of(PlatformRealm.DEMO_CITIZEN)));

        assertUnauthenticated(response);
    }

    @Test
    void refusesATokenSignedWithTheRealmsPublicKeyAsHmacSecret() throws Exception {
        // The classic algorithm confusion: a verifier that lets the header choose would check the HMAC with that key.
        for (String token : forged.signedWithThePublicKeyAsHmacSecret(tokens.of(PlatformRealm.DEMO_CITIZEN))) {
            assertUnauthenticated(get("/api/whoami", token));
        }
    }

    @Test
    void refusesATokenIssuedByAnotherRealmOfTheSameKeycloak() throws Exception {
        var response = get("/api/whoami", forged.fromAnotherRealm());

        assertUnauthenticated(response);
    }

    @Test
    void refusesATokenWithoutExpiryEvenWhenSignedByAKeyTheRealmPublishes() throws Exception {
        String genuine = tokens.of(PlatformRealm.DEMO_CITIZEN);
        // The same claims re-signed are accepted: the key is trusted, so only the missing exp can refuse the other.
        assertThat(get("/api/whoami", forged.resigned(genuine)).statusCode()).isEqualTo(200);

        var response = get("/api/whoami", forged.withoutExpiry(genuine));

        assertUnauthenticated(response);
        assertThat((String) JsonPath.read(response.body(), "$.detail")).contains("exp is required");
    }

    @Test
    void refusesSomethingThatIsNoTokenAtAll() throws Exception {
        assertUnauthenticated(get("/api/whoami", "not-a-token"));
    }

    @Test
    void letsAnyoneReachAPublicPath() throws Exception {
        var response = get("/api/public/hello", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("hello");
    }

    private static void assertUnauthenticated(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat((String) JsonPath.read(response.body(), "$.type"))
                .isEqualTo("https://civiclimate.org/problems/unauthenticated");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    private HttpResponse<String> get(String path, @Nullable String token) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
