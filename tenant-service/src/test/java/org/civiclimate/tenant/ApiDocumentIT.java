package org.civiclimate.tenant;

import org.civiclimate.platform.test.OpenApiDocuments;
import org.junit.jupiter.api.Test;

/**
 * The API document tenant-service serves is the one committed at {@code docs/api/tenant-service.openapi.json}, which
 * the web app generates its types from. After a change to the API, rewrite it and commit it:
 * {@code ./mvnw -pl tenant-service -am verify -Dit.test=ApiDocumentIT -Dtest=none
 * -Dsurefire.failIfNoSpecifiedTests=false -Dopenapi.update=true} (see docs/api/README.md).
 */
class ApiDocumentIT extends TenantServiceIT {

    @Test
    void servesTheCommittedDocument() {
        OpenApiDocuments.assertServesCommitted("tenant-service", anonymous());
    }
}
