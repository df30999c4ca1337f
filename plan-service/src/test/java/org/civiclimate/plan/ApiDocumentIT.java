package org.civiclimate.plan;

import org.civiclimate.platform.test.ApiClient;
import org.civiclimate.platform.test.OpenApiDocuments;
import org.civiclimate.platform.test.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The API document plan-service serves is the one committed at {@code docs/api/plan-service.openapi.json}, which the web app
 * generates its types from. After a change to the API, rewrite it and commit it:
 * {@code ./mvnw -pl plan-service -am verify -Dit.test=ApiDocumentIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * -Dopenapi.update=true} (see docs/api/README.md).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure(keycloak = true)
class ApiDocumentIT {

    @LocalServerPort
    int port;

    @Test
    void servesTheCommittedDocument() {
        OpenApiDocuments.assertServesCommitted("plan-service", ApiClient.at("http://127.0.0.1:" + port));
    }
}
