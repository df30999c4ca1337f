package org.civiclimate.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * A service's OpenAPI document as the gateway shows it: served from the gateway's own origin (server {@code /}), every
 * operation behind a Keycloak bearer token but {@code /api/public/**}, and the problem responses each one gives
 * ({@link OpenApiProblems}).
 */
@AutoConfiguration
@ConditionalOnClass(OpenAPI.class)
class OpenApiAutoConfiguration {

    private static final String BEARER = "keycloak";
    private static final String API_VERSION = "1";

    @Bean
    @ConditionalOnMissingBean
    OpenAPI civiclimateOpenApi(Environment environment) {
        String application = environment.getProperty("spring.application.name", "civiclimate");
        return new OpenAPI()
                .info(new Info()
                        .title("Civiclimate " + application)
                        // The API's version, not the build's: the committed documents must not change per build.
                        .version(API_VERSION)
                        .description("Errors are RFC 9457 application/problem+json (schema Problem); each field at "
                                + "fault is in errors[], with a code the client translates and its params."))
                .servers(List.of(new Server().url("/").description("through the gateway")))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT")
                                        .description("An access token from the platform's Keycloak realm")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    @Bean
    OpenApiCustomizer civiclimateProblemResponses() {
        return new OpenApiProblems();
    }
}
