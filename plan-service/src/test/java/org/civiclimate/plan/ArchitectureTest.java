package org.civiclimate.plan;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.civiclimate.platform.test.ArchitectureRules;

@AnalyzeClasses(packages = "org.civiclimate.plan", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsPlainJava = ArchitectureRules.DOMAIN_IS_PLAIN_JAVA;

    @ArchTest
    static final ArchRule jooqOnlyInRepositories =
            ArchitectureRules.generatedJooqOnlyInRepositories("org.civiclimate.plan.db");

    @ArchTest
    static final ArchRule resourcesAreThin = ArchitectureRules.RESOURCES_ARE_THIN;

    @ArchTest
    static final ArchRule transactionsWhereWorkEnters = ArchitectureRules.TRANSACTIONS_IN_SERVICES_AND_LISTENERS;

    @ArchTest
    static final ArchRule noTransactionalClasses = ArchitectureRules.NO_TRANSACTIONAL_CLASSES;

    @ArchTest
    static final ArchRule generalCodingRules = ArchitectureRules.GENERAL;
}
