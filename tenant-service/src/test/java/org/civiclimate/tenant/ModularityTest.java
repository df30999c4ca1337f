package org.civiclimate.tenant;

import org.civiclimate.platform.test.ServiceModules;
import org.junit.jupiter.api.Test;

class ModularityTest {

    @Test
    void featuresRespectEachOthersInternals() {
        ServiceModules.verifyAndDocument(TenantServiceApplication.class);
    }
}
