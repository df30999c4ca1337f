package org.civiclimate.platform.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.hamcrest.Matchers;
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
                .andExpect(jsonPath("$.requestId").isNotEmpty());
    }

    @Test
    void namesTheFieldOfAWronglyTypedValue() throws Exception {
        mvc.perform(post("/things").contentType(MediaType.APPLICATION_JSON).content("""
                        {"name": "x", "count": "many"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://civiclimate.org/problems/malformed-body"))
                .andExpect(jsonPath("$.errors[0].field").value("count"));
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
                .andExpect(jsonPath("$.errors[0].field").value("limit"));
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

    record ThingRequest(@NotBlank @Size(max = 20) String name, int count) {}

    @RestController
    static class ThingResource {

        @PostMapping("/things")
        ThingRequest create(@Valid @RequestBody ThingRequest request) {
            return request;
        }

        @GetMapping("/things/{id}")
        String find(@PathVariable String id, @RequestParam @Max(100) int limit) {
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
