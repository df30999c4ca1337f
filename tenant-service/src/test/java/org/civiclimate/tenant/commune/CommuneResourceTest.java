package org.civiclimate.tenant.commune;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.civiclimate.platform.tenancy.CommuneId;
import org.civiclimate.tenant.commune.domain.Commune;
import org.civiclimate.tenant.commune.domain.CommuneStatus;
import org.civiclimate.tenant.commune.domain.Country;
import org.civiclimate.tenant.commune.domain.Language;
import org.civiclimate.tenant.commune.domain.OfficialCode;
import org.civiclimate.tenant.commune.domain.Provisioning;
import org.civiclimate.tenant.commune.domain.Slug;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(CommuneResource.class)
class CommuneResourceTest {

    /** The sign-up fields the rows below leave out, since each row is about another field. */
    private static final String PROFILE =
            "\"officialCode\": \"21016\", \"population\": 5, \"contactEmail\": \"a@b.be\", ";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CommuneService communes;

    @MockitoBean
    OnboardingService onboarding;

    @Test
    void acceptsACommuneAndSaysWhereToFollowIt() throws Exception {
        given(onboarding.request(any(), any()))
                .willReturn(new CommuneView(
                        new Commune(
                                new CommuneId(UUID.randomUUID()),
                                new Slug("uccle"),
                                "Uccle",
                                new Country("BE"),
                                new OfficialCode(new Country("BE"), "21016"),
                                83_000,
                                "contact@uccle.be",
                                List.of(Language.FR, Language.NL),
                                CommuneStatus.PROVISIONING),
                        new Provisioning(CommuneStatus.PROVISIONING, null, false, false, 0),
                        null,
                        null));

        mvc.perform(post("/api/communes")
                        .with(jwt())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"slug": "uccle", "name": "Uccle", "country": "BE", "officialCode": "21016", "population": 83000, "contactEmail": "contact@uccle.be", "languages": ["fr", "nl"]}"""))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", "/api/communes/uccle"))
                .andExpect(jsonPath("$.slug").value("uccle"))
                .andExpect(jsonPath("$.languages[1]").value("nl"))
                .andExpect(jsonPath("$.status").value("PROVISIONING"))
                .andExpect(jsonPath("$.provisioning.organization").value(false));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "missing slug      | {\"name\": \"Uccle\", \"country\": \"BE\", \"languages\": [\"fr\"]}                       | slug | required",
                "blank name        | {\"slug\": \"uccle\", \"name\": \" \", \"country\": \"BE\", \"languages\": [\"fr\"]}       | name | required",
                "oversized slug    | {\"slug\": \"" + "abcdefghij"
                        + "abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghij\", \"name\": \"U\", \"country\": \"BE\", \"languages\": [\"fr\"]} | slug | too-long",
                "lower-case country| {\"slug\": \"uccle\", \"name\": \"Uccle\", \"country\": \"be\", \"languages\": [\"fr\"]}    | country | format",
                "no language       | {\"slug\": \"uccle\", \"name\": \"Uccle\", \"country\": \"BE\", \"languages\": []}         | languages | required",
                "unknown language  | {\"slug\": \"uccle\", \"name\": \"Uccle\", \"country\": \"BE\", \"languages\": [\"es\"]}   | languages[0] | one-of",
                "languages not list| {\"slug\": \"uccle\", \"name\": \"Uccle\", \"country\": \"BE\", \"languages\": \"fr\"}     | languages | invalid-type",
                "no official code  | {\"slug\": \"uccle\", \"name\": \"U\", \"country\": \"BE\", \"officialCode\": \"\", \"population\": 5, \"contactEmail\": \"a@b.be\", \"languages\": [\"fr\"]} | officialCode | required",
                "huge official code| {\"slug\": \"uccle\", \"name\": \"U\", \"country\": \"BE\", \"officialCode\": \"1234567890123\", \"population\": 5, \"contactEmail\": \"a@b.be\", \"languages\": [\"fr\"]} | officialCode | too-long",
                "no population     | {\"slug\": \"uccle\", \"name\": \"U\", \"country\": \"BE\", \"officialCode\": \"21016\", \"contactEmail\": \"a@b.be\", \"languages\": [\"fr\"]} | population | required",
                "zero population   | {\"slug\": \"uccle\", \"name\": \"U\", \"country\": \"BE\", \"officialCode\": \"21016\", \"population\": 0, \"contactEmail\": \"a@b.be\", \"languages\": [\"fr\"]} | population | too-small",
                "text population   | {\"slug\": \"uccle\", \"name\": \"U\", \"country\": \"BE\", \"officialCode\": \"21016\", \"population\": \"many\", \"contactEmail\": \"a@b.be\", \"languages\": [\"fr\"]} | population | invalid-type",
                "not an email      | {\"slug\": \"uccle\", \"name\": \"U\", \"country\": \"BE\", \"officialCode\": \"21016\", \"population\": 5, \"contactEmail\": \"<script>\", \"languages\": [\"fr\"]} | contactEmail | email",
                "hostile name      | {\"slug\": \"uccle\", \"name\": \"" + "x"
                        + "\", \"country\": 12, \"languages\": [\"fr\"]} | country | format"
            })
    void refusesBadInputNamingTheFieldAndWhy(String label, String body, String field, String code) throws Exception {
        String complete = body.contains("officialCode") ? body : body.replaceFirst("\\{", "{" + PROFILE);
        mvc.perform(post("/api/communes")
                        .with(jwt())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(complete))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].code").value(code));
        verifyNoInteractions(onboarding);
    }

    @Test
    void namesEveryFieldAtFaultInOneAnswerAnnotationsAndDomainRulesAlike() throws Exception {
        mvc.perform(post("/api/communes")
                        .with(jwt())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"slug": "api", "name": "", "country": "XX", "officialCode": "1", "population": 0,
                                 "contactEmail": "nobody", "languages": ["fr", "fr"]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(Matchers.containsInAnyOrder(
                                "slug", "name", "country", "population", "contactEmail", "languages")))
                .andExpect(jsonPath("$.errors[?(@.field == 'slug')].detail").value("is reserved by the platform"))
                .andExpect(jsonPath("$.errors[?(@.field == 'slug')].code").value("taken"))
                .andExpect(jsonPath("$.errors[?(@.field == 'country')].code").value("country-unsupported"))
                .andExpect(jsonPath("$.errors[?(@.field == 'languages')].code").value("duplicate"))
                .andExpect(jsonPath("$.errors[?(@.field == 'population')].code").value("too-small"))
                .andExpect(jsonPath("$.errors[?(@.field == 'population')].params.min")
                        .value(1));
        mvc.perform(post("/api/communes")
                        .with(jwt())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"slug": "a--b", "name": "Uccle", "country": "BE", "officialCode": "ABC", "population": 5,
                                 "contactEmail": "", "languages": ["es"]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(Matchers.containsInAnyOrder("slug", "officialCode", "contactEmail", "languages[0]")))
                .andExpect(jsonPath("$.errors[?(@.field == 'languages[0]')].params.allowed[*]")
                        .value(Matchers.contains("fr", "nl", "de", "en")))
                .andExpect(jsonPath("$.errors[?(@.field == 'slug')].code").value("slug-format"))
                .andExpect(
                        jsonPath("$.errors[?(@.field == 'officialCode')].code").value("official-code-format"))
                .andExpect(jsonPath("$.errors[?(@.field == 'officialCode')].params.country")
                        .value("BE"));
        verifyNoInteractions(onboarding);
    }

    @Test
    void refusesAnAnonymousCaller() throws Exception {
        mvc.perform(post("/api/communes")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("https://civiclimate.org/problems/unauthenticated"));
    }

    @Test
    void answersATakenSlugWithAConflictNamingTheSlug() throws Exception {
        given(onboarding.request(any(), any())).willThrow(new SlugTaken("uccle"));

        mvc.perform(post("/api/communes")
                        .with(jwt())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"slug": "uccle", "name": "Uccle", "country": "BE", "officialCode": "21016", "population": 83000, "contactEmail": "contact@uccle.be", "languages": ["fr"]}"""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://civiclimate.org/problems/slug-taken"))
                .andExpect(jsonPath("$.errors[0].field").value("slug"))
                .andExpect(jsonPath("$.errors[0].code").value("taken"));
    }
}
