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
     * docs/modules: the module canvases and the component diagram, rewritten whenever the shape changes. Modulith lists
     * components, relations and a canvas's types in no fixed order; sorted, a run changes the files only when the
     * shape changed.
     */
    @Test
    void writesTheModuleDocumentation() throws IOException {
        var folder = Path.of("docs/modules");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder.toString())).writeDocumentation();
        try (var files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".puml") || f.toString().endsWith(".adoc")).toList()) {
                Files.write(file, sortedRuns(Files.readAllLines(file)));
            }
        }
        assertThat(folder.resolve("components.puml")).content().contains("\"Engine operations\"", "\"Process\"");
        assertThat(folder.resolve("module-process.adoc")).exists();
    }

    /**
     * Each run of like lines in sorted order, the rest as it was: components, relations, and a canvas's list items
     * (the first of which opens its table cell with "|").
     */
    static List<String> sortedRuns(List<String> lines) {
        var sorted = new ArrayList<String>();
        var run = new ArrayList<String>();
        String kind = null;
        for (String line : lines) {
            String lineKind = kindOf(line);
            if (lineKind != null && (lineKind.equals(kind) || (kind != null && kind.equals("item") && lineKind.equals("first")))) {
                run.add(line);
                continue;
            }
            flush(run, sorted);
            if (lineKind != null) {
                run.add(line);
                kind = lineKind.equals("first") ? "item" : lineKind;
            } else {
                sorted.add(line);
                kind = null;
            }
        }
        flush(run, sorted);
        return sorted;
    }

    private static String kindOf(String line) {
        if (line.stripLeading().startsWith("Component(")) {
            return "component";
        }
        if (line.startsWith("Rel(")) {
            return "relation";
        }
        if (line.startsWith("|* ")) {
            return "first";
        }
        return line.startsWith("* ") ? "item" : null;
    }

    private static void flush(List<String> run, List<String> into) {
        boolean cell = !run.isEmpty() && run.get(0).startsWith("|* ");
        var items = run.stream().map(line -> cell && line.startsWith("|") ? line.substring(1) : line).sorted().toList();
        for (int i = 0; i < items.size(); i++) {
            into.add(i == 0 && cell ? "|" + items.get(i) : items.get(i));
        }
        run.clear();
    }
}
