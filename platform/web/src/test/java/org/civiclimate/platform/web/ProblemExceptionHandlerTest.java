package org.civiclimate.platform.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.hamcrest.Matchers;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@WebMvcTest(controllers = ProblemExceptionHandlerTest.ThingResource.class)
@Import(ProblemExceptionHandlerTest.ThingResource.class)
class ProblemExceptionHandlerTest {

    @Autowired
    MockMvc mvc;

    @Test
    void namesEachInvalidFieldOfABody() throws Exception {
        mvc.perform(post("/things").contentType(MediaType.APPLICATION_JSON).content("""
                        {"name": "", "count": 5}"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://civiclimate.org/problems/invalid-request"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].code").value("required"))
                .andExpect(jsonPath("$.requestId").isNotEmpty());
    }

    @Test
    void reportsEveryInvalidFieldWithItsCodeAndParams() throws Exception {
        mvc.perform(post("/things").contentType(MediaType.APPLICATION_JSON).content("""
                        {"name": "a name far longer than twenty", "count": 5, "language": "xx",
                         "title": "two\\nlines", "tags": [], "reference": "r", "email": "nobody", "weight": 0,
                         "slug": "Not A Slug"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(8))
                .andExpect(jsonPath("$.errors[?(@.field == 'name')].code").value("too-long"))
                .andExpect(jsonPath("$.errors[?(@.field == 'name')].params.max").value(20))
                .andExpect(jsonPath("$.errors[?(@.field == 'name')].detail").value("size must be between 0 and 20"))
                .andExpect(jsonPath("$.errors[?(@.field == 'language')].code").value("one-of"))
                .andExpect(jsonPath("$.errors[?(@.field == 'language')].params.allowed[*]")
                        .value(Matchers.contains("fr", "nl", "de", "en")))
                .andExpect(jsonPath("$.errors[?(@.field == 'title')].code").value("one-line"))
                .andExpect(jsonPath("$.errors[?(@.field == 'tags')].code").value("too-short"))
                .andExpect(jsonPath("$.errors[?(@.field == 'tags')].params.min").value(1))
                .andExpect(jsonPath("$.errors[?(@.field == 'reference')].code").value("format"))
                .andExpect(jsonPath("$.errors[?(@.field == 'email')].code").value("email"))
                .andExpect(jsonPath("$.errors[?(@.field == 'slug')].code").value("slug-format"))
                .andExpect(jsonPath("$.errors[?(@.field == 'weight')].code").value("too-small"))
                .andExpect(
                        jsonPath("$.errors[?(@.field == 'weight')].params.min").value(1));
    }

    @Test
    void namesAnUnknownEnumValueOfABodyWithTheValuesAllowed() throws Exception {
        mvc.perform(post("/things").contentType(MediaType.APPLICATION_JSON).content("""
                        {"name": "x", "count": 1, "kind": "HUGE"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"))
                .andExpect(jsonPath("$.errors[0].code").value("one-of"))
                .andExpect(jsonPath("$.errors[0].params.allowed[*]").value(Matchers.contains("SMALL", "LARGE")));
    }

    @Test
    void namesTheFieldOfAWronglyTypedValue() throws Exception {
        mvc.perform(post("/things").contentType(MediaType.APPLICATION_JSON).content("""
                        {"name": "x", "count": "many"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://civiclimate.org/problems/malformed-body"))
                .andExpect(jsonPath("$.errors[0].field").value("count"))
                .andExpect(jsonPath("$.errors[0].code").value("invalid-type"));
    }

    @Test
    void answersBrokenJsonWithMalformedBody() throws Exception {
        mvc.perform(post("/things").contentType(MediaType.APPLICATION_JSON).content("{\"name\":"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://civiclimate.org/problems/malformed-body"));
    }

    @Test
    void namesAnInvalidQueryParameter() throws Exception {
        mvc.perform(get("/things/abc").param("limit", "ten"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("limit"))
                .andExpect(jsonPath("$.errors[0].code").value("invalid-type"));
    }

    @Test
    void namesAnUnknownEnumValueOfAQueryParameter() throws Exception {
        mvc.perform(get("/things/abc").param("limit", "1").param("kind", "HUGE"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"))
                .andExpect(jsonPath("$.errors[0].code").value("one-of"))
                .andExpect(jsonPath("$.errors[0].params.allowed[*]").value(Matchers.contains("SMALL", "LARGE")));
    }

    @Test
    void reportsEveryParameterThatFailsItsConstraint() throws Exception {
        mvc.perform(get("/things/abc").param("limit", "5000").param("q", "x".repeat(11)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[?(@.field == 'limit')].code").value("too-large"))
                .andExpect(
                        jsonPath("$.errors[?(@.field == 'limit')].params.max").value(100))
                .andExpect(jsonPath("$.errors[?(@.field == 'q')].code").value("too-long"));
    }

    @Test
    void namesAMissingParameter() throws Exception {
        mvc.perform(get("/things/abc"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("limit"))
                .andExpect(jsonPath("$.errors[0].code").value("required"));
    }

    @Test
    void namesAParameterThatFailsItsConstraint() throws Exception {
        mvc.perform(get("/things/abc").param("limit", "5000"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("limit"));
    }

    @Test
    void answersAnExpectedRejectionWithItsOwnType() throws Exception {
        mvc.perform(get("/things/taken").param("limit", "1"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://civiclimate.org/problems/thing-taken"))
                .andExpect(jsonPath("$.detail").value("That thing is taken"));
    }

    @Test
    void hidesTheInternalsOfAnUnexpectedError() throws Exception {
        mvc.perform(get("/things/boom").param("limit", "1"))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.type").value("https://civiclimate.org/problems/internal-error"))
                .andExpect(jsonPath("$.detail", Matchers.not(Matchers.containsString("secret"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Exception"))));
    }

    @Test
    void refusesAnUnsupportedContentTypeWith415() throws Exception {
        mvc.perform(post("/things").contentType(MediaType.TEXT_PLAIN).content("name"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.type").value("https://civiclimate.org/problems/unsupported-media-type"));
    }

    @Test
    void refusesAnUnsupportedMethodWith405() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/things"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(jsonPath("$.type").value("https://civiclimate.org/problems/method-not-allowed"));
    }

    // No component scan: the handler must come from the auto-configuration, as it does in the services.
    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class TestApplication {}

    enum Kind {
        SMALL,
        LARGE
    }

    record ThingRequest(
            @NotBlank @Size(max = 20) String name,
            int count,
            @Nullable Kind kind,
            @Nullable @Pattern(regexp = "fr|nl|de|en") String language,

            @Nullable @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.ONE_LINE_MESSAGE)
            String title,

            @Nullable @Size(min = 1) List<String> tags,
            @Nullable @Pattern(regexp = "[A-Z]{3}") String reference,
            @Nullable @Email String email,
            @Nullable @Positive Integer weight,
            @Nullable @Pattern(regexp = TextRules.SLUG) String slug) {}

    @RestController
    static class ThingResource {

        @PostMapping("/things")
        ThingRequest create(@Valid @RequestBody ThingRequest request) {
            return request;
        }

        @GetMapping("/things/{id}")
        String find(
                @PathVariable String id,
                @RequestParam @Max(100) int limit,
                @RequestParam(required = false) @Nullable Kind kind,
                @RequestParam(required = false) @Nullable @Size(max = 10) String q) {
            return switch (id) {
                case "taken" ->
                    throw new ApiProblem(
                            new ProblemType("thing-taken", "Taken", org.springframework.http.HttpStatus.CONFLICT),
                            "That thing is taken");
                case "boom" -> throw new IllegalStateException("secret internals");
                default -> id;
            };
        }
    }
}
