package org.civiclimate.plan.space;

import org.civiclimate.platform.test.CommuneSpaceContract;
import org.civiclimate.platform.test.RealInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;

/** The commune's plan space through HTTP with real tokens and a real database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure(keycloak = true)
class PlanSpaceIT extends CommuneSpaceContract {

    @Override
    protected String space() {
        return "plan";
    }
}
