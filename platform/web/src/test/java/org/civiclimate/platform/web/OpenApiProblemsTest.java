package org.civiclimate.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.junit.jupiter.api.Test;

class OpenApiProblemsTest {

    @Test
    void declaresWhatASecuredWriteInACommuneCanAnswer() {
        var write = operation().requestBody(new RequestBody().content(new Content()));
        write.addParametersItem(slug());
        var document = document("/api/communes/{slug}/members", PathItem.HttpMethod.POST, write);

        new OpenApiProblems().customise(document);

        assertThat(write.getResponses().keySet())
                .containsExactly("200", "400", "401", "403", "404", "413", "415", "423", "429");
        assertThat(write.getResponses().get("401").get$ref()).isEqualTo("#/components/responses/Unauthenticated");
        assertThat(document.getComponents().getSchemas()).containsKeys("Problem", "FieldProblem");
        assertThat(write.getSecurity()).isNull();
    }

    @Test
    void asksNoTokenOfAPublicOperationAndAPlainSlugIsNoBadRequest() {
        var read = operation();
        read.addParametersItem(slug());
        var document = document("/api/public/communes/{slug}", PathItem.HttpMethod.GET, read);

        new OpenApiProblems().customise(document);

        assertThat(read.getResponses().keySet()).containsExactly("200", "404", "429");
        assertThat(read.getSecurity()).isEmpty();
    }

    @Test
    void asksNoRoleOfTheCallerActingOnThemselves() {
        var read = operation();
        var document = document("/api/me/invitations", PathItem.HttpMethod.GET, read);

        new OpenApiProblems().customise(document);

        assertThat(read.getResponses().keySet()).containsExactly("200", "401", "429");
    }

    @Test
    void givesADeclaredRefusalTheProblemSchema() {
        var write = operation();
        write.getResponses()
                .addApiResponse(
                        "409",
                        new ApiResponse()
                                .description("The slug is taken")
                                .content(new Content()
                                        .addMediaType(
                                                "application/json", new io.swagger.v3.oas.models.media.MediaType())));
        var document = document("/api/networks", PathItem.HttpMethod.POST, write);

        new OpenApiProblems().customise(document);

        var conflict = write.getResponses().get("409");
        assertThat(conflict.getDescription()).isEqualTo("The slug is taken");
        assertThat(conflict.getContent()).containsOnlyKeys("application/problem+json");
        assertThat(conflict.getContent()
                        .get("application/problem+json")
                        .getSchema()
                        .get$ref())
                .isEqualTo("#/components/schemas/Problem");
    }

    private static Operation operation() {
        return new Operation().responses(new ApiResponses().addApiResponse("200", new ApiResponse().description("OK")));
    }

    private static Parameter slug() {
        return new Parameter().in("path").name("slug").schema(new Schema<>().type("string"));
    }

    private static OpenAPI document(String path, PathItem.HttpMethod method, Operation operation) {
        var item = new PathItem();
        item.operation(method, operation);
        return new OpenAPI().components(new Components()).paths(new Paths().addPathItem(path, item));
    }
}
