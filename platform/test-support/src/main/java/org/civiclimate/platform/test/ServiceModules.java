package org.civiclimate.platform.test;

import com.tngtech.archunit.core.domain.JavaClass;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** A service's features as Spring Modulith modules: verified (no cycles, no reaching into internals) and documented. */
public final class ServiceModules {

    private ServiceModules() {}

    /**
     * Verifies the modules of the application and writes their PlantUML diagrams under {@code target/spring-modulith-docs}.
     * The generated jOOQ classes ({@code <base>.db}) are the repositories' implementation detail, not a feature.
     */
    public static void verifyAndDocument(Class<?> application) {
        String generated = application.getPackageName() + ".db..";
        var modules = ApplicationModules.of(application, JavaClass.Predicates.resideInAPackage(generated));
        modules.verify();
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
