package org.civiclimate.assembly;

import org.civiclimate.platform.test.ServiceModules;
import org.junit.jupiter.api.Test;

class ModularityTest {

    @Test
    void featuresRespectEachOthersInternals() {
        ServiceModules.verifyAndDocument(AssemblyServiceApplication.class);
    }
}
