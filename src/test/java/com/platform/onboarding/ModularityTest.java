package com.platform.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * docs/modules: the module canvases and the component diagram, rewritten whenever the shape changes. The diagrams'
     * components and relations come in no fixed order; sorted, a run changes the files only when the shape changed.
     */
    @Test
    void writesTheModuleDocumentation() throws IOException {
        var folder = Path.of("docs/modules");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder.toString())).writeDocumentation();
        try (var files = Files.list(folder)) {
            for (Path diagram : files.filter(file -> file.toString().endsWith(".puml")).toList()) {
                Files.write(diagram, sortedRuns(Files.readAllLines(diagram)));
            }
        }
        assertThat(folder.resolve("components.puml")).content().contains("\"Engine operations\"", "\"Process\"");
        assertThat(folder.resolve("module-process.adoc")).exists();
    }

    /** Each run of component or relation lines in sorted order, the rest as it was. */
    static List<String> sortedRuns(List<String> lines) {
        var sorted = new ArrayList<String>();
        var run = new ArrayList<String>();
        for (String line : lines) {
            if (line.stripLeading().startsWith("Component(") || line.startsWith("Rel(")) {
                if (!run.isEmpty() && run.get(0).startsWith("Rel(") != line.startsWith("Rel(")) {
                    sorted.addAll(run.stream().sorted().toList());
                    run.clear();
                }
                run.add(line);
                continue;
            }
            sorted.addAll(run.stream().sorted().toList());
            run.clear();
            sorted.add(line);
        }
        sorted.addAll(run.stream().sorted().toList());
        return sorted;
    }
}
