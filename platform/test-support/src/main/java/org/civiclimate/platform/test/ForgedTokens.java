package org.civiclimate.platform.test;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.civiclimate.platform.infrastructure.PlatformRealm;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tokens a platform service must refuse, made from the real Keycloak's: unsigned ({@code alg: none}), HMAC-signed with
 * the realm's public key as secret, issued by another realm of the same Keycloak, without {@code exp}. Set up once per
 * JVM: the other realm, and a signing key the platform realm publishes (passive, never used by Keycloak itself) so that
 * a token re-signed with it differs from a genuine one only in what the test changed.
 */
public final class ForgedTokens {

    /** The second realm of the same Keycloak; its tokens name every platform service as audience. */
    public static final String OTHER_REALM = "civiclimate-other";

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.shared();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final String otherRealmUser;
    private final String otherRealmPassword;
    private final String otherRealmClientSecret;
    private final PrivateKey signingKey;
    private final String signingKeyId;

    private ForgedTokens(
            String otherRealmUser,
            String otherRealmPassword,
            String otherRealmClientSecret,
            PrivateKey signingKey,
            String signingKeyId) {
        this.otherRealmUser = otherRealmUser;
        this.otherRealmPassword = otherRealmPassword;
        this.otherRealmClientSecret = otherRealmClientSecret;
        this.signingKey = signingKey;
        this.signingKeyId = signingKeyId;
    }

    static ForgedTokens instance() {
        return Holder.INSTANCE;
    }

    /** The token's header and claims with no signature at all: {@code alg: none}. */
    public static String unsigned(String token) {
        return encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + token.split("\\.")[1] + ".";
    }

    /**
     * The token's claims signed with HS256, the realm's RSA public key (the key named by the token's {@code kid}) as
     * HMAC secret: once as its X.509 encoded bytes, once as their PEM text, the two forms an attacker can download.
     */
    public List<String> signedWithThePublicKeyAsHmacSecret(String token) {
        String realm = get(TestKeycloak.issuer());
        String publicKey = JsonPath.read(realm, "$.public_key");
        String pem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(Base64.getDecoder().decode(publicKey))
                + "\n-----END PUBLIC KEY-----\n";
        String kid = JsonPath.read(decode(token.split("\\.")[0]), "$.kid");
        String signingInput =
                encode("{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"" + kid + "\"}") + "." + token.split("\\.")[1];
        return List.of(
                hmac(signingInput, Base64.getDecoder().decode(publicKey)),
                hmac(signingInput, pem.getBytes(StandardCharsets.US_ASCII)));
    }

    /** A genuine token of {@link #OTHER_REALM}: its own issuer and keys, every platform service as audience. */
    public String fromAnotherRealm() {
        String form =
                "grant_type=password&client_id=other-test&client_secret=" + RealmAdmin.encode(otherRealmClientSecret)
                        + "&username=" + RealmAdmin.encode(otherRealmUser) + "&password="
                        + RealmAdmin.encode(otherRealmPassword);
        var response = send(HttpRequest.newBuilder(URI.create(
                        TestKeycloak.baseUrl() + "/realms/" + OTHER_REALM + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("The other realm refused a token: " + response.body());
        }
        return JsonPath.read(response.body(), "$.access_token");
    }

    /** The token's claims unchanged, signed again with a key the realm publishes: accepted like the original. */
    public String resigned(String token) {
        return sign(JSON.readTree(decode(token.split("\\.")[1])).toString());
    }

    /** The token's claims without {@code exp}, signed with a key the realm publishes: only the missing expiry is wrong. */
    public String withoutExpiry(String token) {
        var claims = (ObjectNode) JSON.readTree(decode(token.split("\\.")[1]));
        claims.remove("exp");
        return sign(claims.toString());
    }

    private String sign(String claims) {
        String signingInput =
                encode("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + signingKeyId + "\"}") + "." + encode(claims);
        try {
            var signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(signingKey);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + BASE64URL.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hmac(String signingInput, byte[] secret) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return signingInput + "."
                    + BASE64URL.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String json) {
        return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }

    private static String get(String url) {
        var response = send(HttpRequest.newBuilder(URI.create(url)).build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
        return response.body();
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static final class Holder {
        static final ForgedTokens INSTANCE = create();

        private static ForgedTokens create() {
            String user = "someone@other-realm.example";
            String password = "other-" + UUID.randomUUID();
            String clientSecret = UUID.randomUUID().toString();
            createOtherRealm(user, password, clientSecret);
            KeyPair keys = rsaKeys();
            return new ForgedTokens(user, password, clientSecret, keys.getPrivate(), publishPassiveKey(keys));
        }

        private static void createOtherRealm(String user, String password, String clientSecret) {
            var admin = RealmAdmin.server();
            String audiences = PlatformRealm.SERVICE_AUDIENCES.stream()
                    .map(audience -> """
                            {"name": "aud-%s", "protocol": "openid-connect", "protocolMapper": "oidc-audience-mapper",
                             "config": {"included.custom.audience": "%s", "access.token.claim": "true"}}""".formatted(audience, audience))
                    .collect(Collectors.joining(","));
            String realm = """
                    {"realm": "%s", "enabled": true, "sslRequired": "external",
                     "clients": [{"clientId": "other-test", "enabled": true, "publicClient": false,
                                  "secret": "%s", "standardFlowEnabled": false, "directAccessGrantsEnabled": true,
                                  "protocolMappers": [%s]}],
                     "users": [%s]}""".formatted(OTHER_REALM, clientSecret, audiences, RealmAdmin.userJson(user, password));
            var created = admin.send("POST", "", realm);
            if (created.statusCode() == 409) {
                // Left by an earlier run against the same Keycloak (given by URL): start again from scratch.
                admin.send("DELETE", "/" + OTHER_REALM, null);
                created = admin.send("POST", "", realm);
            }
            if (created.statusCode() != 201) {
                throw new IllegalStateException(
                        "Keycloak did not create " + OTHER_REALM + ": " + created.statusCode() + " " + created.body());
            }
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> ignoringFailures(() -> admin.send("DELETE", "/" + OTHER_REALM, null)),
                            "delete-other-realm"));
        }

        /** Adds the key to the platform realm as passive: published for verification, never used to sign. */
        private static String publishPassiveKey(KeyPair keys) {
            var admin = RealmAdmin.platformRealm();
            String realmId = JsonPath.read(
                    admin.send("GET", "/" + PlatformRealm.NAME, null).body(), "$.id");
            String privateKey = "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded())
                    + "\n-----END PRIVATE KEY-----";
            var created = admin.send("POST", "/" + PlatformRealm.NAME + "/components", """
                    {"name": "test-forgery-%s", "providerId": "rsa", "providerType": "org.keycloak.keys.KeyProvider",
                     "parentId": "%s",
                     "config": {"priority": ["1"], "enabled": ["true"], "active": ["false"], "algorithm": ["RS256"],
                                "privateKey": [%s]}}""".formatted(
                            UUID.randomUUID(), realmId, JSON.writeValueAsString(privateKey)));
            if (created.statusCode() != 201) {
                throw new IllegalStateException(
                        "Keycloak did not add the test key: " + created.statusCode() + " " + created.body());
            }
            String location = created.headers().firstValue("Location").orElseThrow();
            String componentId = location.substring(location.lastIndexOf('/') + 1);
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> ignoringFailures(() -> admin.send(
                                    "DELETE", "/" + PlatformRealm.NAME + "/components/" + componentId, null)),
                            "delete-test-key"));
            List<String> kids = JsonPath.read(
                    admin.send("GET", "/" + PlatformRealm.NAME + "/keys", null).body(),
                    "$.keys[?(@.providerId == '" + componentId + "')].kid");
            if (kids.isEmpty()) {
                throw new IllegalStateException("Keycloak does not list the test key " + componentId);
            }
            return kids.getFirst();
        }

        private static KeyPair rsaKeys() {
            try {
                var generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                return generator.generateKeyPair();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        // At JVM exit the embedded Keycloak may already be stopping; a server given by URL is what this cleans.
        private static void ignoringFailures(Runnable cleanup) {
            try {
                cleanup.run();
            } catch (RuntimeException e) {
                // nothing to clean any more
            }
        }
    }
}
