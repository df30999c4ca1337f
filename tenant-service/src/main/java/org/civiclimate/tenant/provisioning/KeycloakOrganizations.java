package org.civiclimate.tenant.provisioning;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * A commune's Keycloak Organization. Every call is idempotent: creating an organization that exists for the same
 * commune returns it, adding a member twice is fine, deleting a missing one too.
 */
@Component
public class KeycloakOrganizations {

    private static final Logger log = LoggerFactory.getLogger(KeycloakOrganizations.class);

    private final RestClient http;
    private final KeycloakProperties properties;
    private @Nullable String token;
    private Instant tokenExpiry = Instant.EPOCH;

    KeycloakOrganizations(RestClient.Builder builder, KeycloakProperties properties) {
        var requests = new org.springframework.http.client.SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(properties.timeout());
        requests.setReadTimeout(properties.timeout());
        this.http = builder.baseUrl(properties.url()).requestFactory(requests).build();
        this.properties = properties;
    }

    /** The id of the commune's organization, created if it does not exist yet. */
    public String create(String slug, String name, UUID communeId) {
        var body = Map.of(
                "alias",
                slug,
                "name",
                name + " (" + slug + ")",
                "enabled",
                true,
                "attributes",
                Map.of("communeId", List.of(communeId.toString())));
        try {
            URI location = http.post()
                    .uri("/admin/realms/{realm}/organizations", properties.realm())
                    .headers(h -> h.setBearerAuth(token()))
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(body)
                    .retrieve()
                    .toBodilessEntity()
                    .getHeaders()
                    .getLocation();
            if (location == null) {
                throw new IllegalStateException("Keycloak created an organization without saying where");
            }
            String path = location.getPath();
            return path.substring(path.lastIndexOf('/') + 1);
        } catch (RestClientResponseException e) {
            if (e.getStatusCode().isSameCodeAs(HttpStatus.CONFLICT)) {
                return find(slug, communeId)
                        .orElseThrow(() -> new IdentityProviderUnavailable("create the organization " + slug, e));
            }
            throw new IdentityProviderUnavailable("create the organization " + slug, e);
        } catch (RestClientException e) {
            throw new IdentityProviderUnavailable("create the organization " + slug, e);
        }
    }

    /** Makes the user a member of the organization; already being one is fine. */
    public void addMember(String organizationId, String userId) {
        send(
                "add a member to the organization",
                HttpStatus.CONFLICT,
                () -> http.post()
                        .uri("/admin/realms/{realm}/organizations/{id}/members", properties.realm(), organizationId)
                        .headers(h -> h.setBearerAuth(token()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .body("\"" + userId + "\"")
                        .retrieve());
    }

    /** Deletes the user's Keycloak account (their organizations' memberships go with it); already gone is fine. */
    public void deleteUser(String userId) {
        send(
                "delete the account",
                HttpStatus.NOT_FOUND,
                () -> http.delete()
                        .uri("/admin/realms/{realm}/users/{id}", properties.realm(), userId)
                        .headers(h -> h.setBearerAuth(token()))
                        .retrieve());
    }

    /** Takes the user out of the organization; not being in it is fine. */
    public void removeMember(String organizationId, String userId) {
        send(
                "remove a member from the organization",
                HttpStatus.NOT_FOUND,
                () -> http.delete()
                        .uri(
                                "/admin/realms/{realm}/organizations/{id}/members/{user}",
                                properties.realm(),
                                organizationId,
                                userId)
                        .headers(h -> h.setBearerAuth(token()))
                        .retrieve());
    }

    /** Removes the organization (compensation when the commune could not be recorded). */
    public void delete(String organizationId) {
        try {
            http.delete()
                    .uri("/admin/realms/{realm}/organizations/{id}", properties.realm(), organizationId)
                    .headers(h -> h.setBearerAuth(token()))
                    .retrieve()
                    .toBodilessEntity();
        } catch (RestClientResponseException e) {
            if (!e.getStatusCode().isSameCodeAs(HttpStatus.NOT_FOUND)) {
                log.warn("Could not delete organization {}: {}", organizationId, e.getStatusCode());
            }
        } catch (RestClientException e) {
            log.warn("Could not delete organization {}: {}", organizationId, e.toString());
        }
    }

    /**
     * Sends a request built (token included) by {@code request}; the {@code done} status means Keycloak has it so
     * already, and any other failure is the identity provider's, naming the {@code action}.
     */
    private void send(String action, HttpStatus done, Supplier<RestClient.ResponseSpec> request) {
        try {
            request.get().toBodilessEntity();
        } catch (RestClientResponseException e) {
            if (!e.getStatusCode().isSameCodeAs(done)) {
                throw new IdentityProviderUnavailable(action, e);
            }
        } catch (RestClientException e) {
            throw new IdentityProviderUnavailable(action, e);
        }
    }

    /** The organization with this alias, if it is this commune's (its communeId attribute matches). */
    @SuppressWarnings("unchecked")
    private Optional<String> find(String slug, UUID communeId) {
        List<Map<String, Object>> found = http.get()
                .uri(
                        "/admin/realms/{realm}/organizations?search={slug}&briefRepresentation=false",
                        properties.realm(),
                        slug)
                .headers(h -> h.setBearerAuth(token()))
                .retrieve()
                .body(List.class);
        if (found == null) {
            return Optional.empty();
        }
        return found.stream()
                .filter(org -> slug.equals(org.get("alias")))
                .filter(org -> org.get("attributes") instanceof Map<?, ?> attributes
                        && attributes.get("communeId") instanceof List<?> ids
                        && ids.contains(communeId.toString()))
                .map(org -> String.valueOf(org.get("id")))
                .findFirst();
    }

    private synchronized String token() {
        if (token == null || Instant.now().isAfter(tokenExpiry)) {
            var form = new LinkedMultiValueMap<String, String>();
            form.add("grant_type", "client_credentials");
            form.add("client_id", properties.clientId());
            form.add("client_secret", properties.clientSecret());
            Map<?, ?> response = http.post()
                    .uri("/realms/{realm}/protocol/openid-connect/token", properties.realm())
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .body(form)
                    .retrieve()
                    .body(Map.class);
            if (response == null || !(response.get("access_token") instanceof String accessToken)) {
                throw new IllegalStateException("Keycloak returned no access token");
            }
            long lifetime = response.get("expires_in") instanceof Number seconds ? seconds.longValue() : 60;
            token = accessToken;
            // Renew a little before it expires, so that no call carries a token about to lapse.
            tokenExpiry = Instant.now().plusSeconds(Math.max(5, lifetime - 30));
        }
        return token;
    }
}
