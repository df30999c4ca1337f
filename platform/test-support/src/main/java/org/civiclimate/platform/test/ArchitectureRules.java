package org.civiclimate.platform.test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/**
 * The architecture rules every service applies to itself: plain-Java domains, generated jOOQ classes only in
 * repositories, thin resources, transaction boundaries where work enters, general hygiene. A service's
 * {@code ArchitectureTest} holds {@code @ArchTest static final ArchTests rules = ArchTests.in(ArchitectureRules.class)}.
 */
public final class ArchitectureRules {

    private static final String GENERATED_JOOQ = "org.civiclimate.*.db..";

    private ArchitectureRules() {}

    /** {@code ..domain..} packages know nothing of Spring, jOOQ, persistence, Jackson, Kafka or solvers. */
    @ArchTest
    public static final ArchRule DOMAIN_IS_PLAIN_JAVA = noClasses()
            .that()
            .resideInAPackage("..domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..",
                    "org.jooq..",
                    "jakarta.persistence..",
                    "com.fasterxml.jackson..",
                    "tools.jackson..",
                    "org.apache.kafka..",
                    "com.google.ortools..",
                    "org.ojalgo..")
            .as("domain packages are plain Java")
            // A young service may have no domain package yet; the rule then waits for one.
            .allowEmptyShould(true);

    /** Only repositories touch the generated jOOQ classes (package {@code org.civiclimate.<service>.db}). */
    @ArchTest
    public static final ArchRule GENERATED_JOOQ_ONLY_IN_REPOSITORIES = noClasses()
            .that()
            .resideOutsideOfPackage(GENERATED_JOOQ)
            .and()
            .haveSimpleNameNotEndingWith("Repository")
            .should()
            .dependOnClassesThat()
            .resideInAPackage(GENERATED_JOOQ)
            .as("only *Repository classes use the generated jOOQ classes");

    /** Controllers are named {@code *Resource} and stay away from SQL. */
    @ArchTest
    public static final ArchRule RESOURCES_ARE_THIN = classes()
            .that()
            .areAnnotatedWith("org.springframework.web.bind.annotation.RestController")
            .should()
            .haveSimpleNameEndingWith("Resource")
            .andShould()
            .onlyDependOnClassesThat(doNotTouchSql())
            .as("@RestController classes are *Resource and never touch DSLContext or repositories");

    /** Transactions begin where work enters: services and event listeners. */
    @ArchTest
    public static final ArchRule TRANSACTIONS_IN_SERVICES_AND_LISTENERS = methods()
            .that()
            .areAnnotatedWith("org.springframework.transaction.annotation.Transactional")
            .should()
            .beDeclaredInClassesThat()
            .haveSimpleNameEndingWith("Service")
            .orShould()
            .beDeclaredInClassesThat()
            .haveSimpleNameEndingWith("Listener")
            .as("@Transactional only on *Service and *Listener methods");

    @ArchTest
    public static final ArchRule NO_TRANSACTIONAL_CLASSES = noClasses()
            .should()
            .beAnnotatedWith("org.springframework.transaction.annotation.Transactional")
            .as("@Transactional goes on use-case methods, not on whole classes");

    /**
     * ArchUnit's general coding rules that apply here. Only a {@code *Command} (a command-line tool run by hand,
     * such as the draw's replay) writes to the standard streams; everything else logs.
     */
    @ArchTest
    public static final ArchRule GENERAL = CompositeArchRule.of(
                    GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION)
            .and(GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING)
            .and(noClasses()
                    .that()
                    .haveSimpleNameNotEndingWith("Command")
                    .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                    .as("no classes but commands should access standard streams"))
            .and(GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS);

    private static com.tngtech.archunit.base.DescribedPredicate<JavaClass> doNotTouchSql() {
        return com.tngtech.archunit.base.DescribedPredicate.describe(
                "are not DSLContext or a repository",
                type -> !type.getName().equals("org.jooq.DSLContext")
                        && !type.getSimpleName().endsWith("Repository"));
    }
}
