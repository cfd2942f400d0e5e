package com.platform.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules are the packages below com.platform.onboarding, each named by its package-info. A module reaches
 * another only through the types of that module's own package, never its sub-packages (process.onboarding,
 * security.engine, merchant.registration are internal), and no two modules depend on each other in a circle.
 */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(OnboardingApplication.class);

    @Test
    void modulesReachEachOtherOnlyThroughTheirOwnPackageAndWithoutCycles() {
        MODULES.verify();
    }

    @Test
    void theVerificationCatchesACycleAndAReachIntoInternals() {
        // Every location: the fixture is test code, which the production import leaves out.
        var fixture = ApplicationModules.of("com.platform.onboarding.archfixture", (ImportOption) location -> true);
        assertThatThrownBy(fixture::verify).isInstanceOf(Violations.class).hasMessageContaining("Cycle detected")
                .hasMessageContaining("Inside");
    }

    @Test
    void everyModuleIsNamedByItsPackageInfo() {
        assertThat(MODULES.stream().map(ApplicationModule::getDisplayName)).contains("Process", "Engine operations",
                "Merchant", "Security").doesNotContain("process", "engine", "merchant", "security");
    }

    /** docs/modules: the module canvases and the component diagram, rewritten whenever the shape changes. */
    @Test
    void writesTheModuleDocumentation() {
        var folder = "docs/modules";
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder)).writeDocumentation();
        assertThat(Path.of(folder, "components.puml")).exists();
        assertThat(Files.exists(Path.of(folder, "module-process.adoc"))).isTrue();
    }
}
