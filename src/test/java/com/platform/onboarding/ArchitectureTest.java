package com.platform.onboarding;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Camunda stays at the edge: the rules of the business are plain Java that never learns the engine exists. */
class ArchitectureTest {

    static final String[] DOMAIN = {"..merchant..", "..category..", "..qualification..", "..screening..", "..factory..",
            "..deposit..", "..notification..", "..deadline..", "..text.."};
    static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.platform.onboarding");

    @Test
    void domainPackagesNeverImportTheEngine() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage("org.camunda..")
                .check(PRODUCTION);
    }

    @Test
    void onlyProcessAndSecurityTalkToTheEngine() {
        noClasses().that().resideOutsideOfPackages("..process..", "..security..")
                .should().dependOnClassesThat().resideInAnyPackage("org.camunda..")
                .check(PRODUCTION);
    }

    @Test
    void onlyTheProcessPackageKnowsModelIdsAndVariables() {
        noClasses().that().resideOutsideOfPackage("..process..")
                .should().dependOnClassesThat().haveSimpleName("MerchantOnboarding")
                .check(PRODUCTION);
    }

    @Test
    void delegatesAreNamedAndLiveInTheProcessPackage() {
        classes().that().implement("org.camunda.bpm.engine.delegate.JavaDelegate")
                .should().haveSimpleNameEndingWith("Delegate").andShould().resideInAPackage("..process..")
                .allowEmptyShould(true)
                .check(PRODUCTION);
    }
}
