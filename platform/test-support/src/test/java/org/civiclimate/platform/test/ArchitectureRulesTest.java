package org.civiclimate.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** The shared rules catch what they promise to catch, on classes written to break them. */
class ArchitectureRulesTest {

    private final com.tngtech.archunit.core.domain.JavaClasses fakes =
            new ClassFileImporter().importPackages("org.civiclimate.fake");

    @Test
    void catchesGeneratedJooqClassesUsedOutsideARepository() {
        var result = ArchitectureRules.GENERATED_JOOQ_ONLY_IN_REPOSITORIES.evaluate(fakes);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(detail -> detail.contains("ThingService"))
                .noneMatch(detail -> detail.contains("ThingRepository"));
    }

    @Test
    void catchesADomainThatDependsOnSpring() {
        var result = ArchitectureRules.DOMAIN_IS_PLAIN_JAVA.evaluate(fakes);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(detail -> detail.contains("Thing"));
    }

    @Test
    void catchesStandardStreamsOutsideACommand() {
        var result = ArchitectureRules.GENERAL.evaluate(fakes);

        assertThat(result.getFailureReport().getDetails())
                .anyMatch(detail -> detail.contains("ThingService"))
                .noneMatch(detail -> detail.contains("ThingCommand"));
    }
}
