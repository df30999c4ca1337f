package org.civiclimate.plan;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Features depend on each other only through their top-level types; writes the module diagrams for the docs. */
class ModularityTest {

    // The generated jOOQ classes are the repositories' implementation detail, not a feature.
    private final ApplicationModules modules = ApplicationModules.of(
            PlanServiceApplication.class, JavaClass.Predicates.resideInAPackage("org.civiclimate.plan.db.."));

    @Test
    void featuresRespectEachOthersInternals() {
        modules.verify();
    }

    @Test
    void documentsTheModules() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
