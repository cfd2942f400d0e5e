package com.platform.onboarding;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.beans.Introspector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.RestController;

/** Camunda stays at the edge: the rules of the business are plain Java that never learns the engine exists. */
class ArchitectureTest {

    /** Top-level packages only: the process has rooms of the same names (process.onboarding.deposit). */
    static final String[] DOMAIN = Stream.of("merchant", "category", "qualification", "screening", "factory", "deposit",
            "notification", "deadline", "text", "review", "audit").map(name -> "com.platform.onboarding." + name + "..")
            .toArray(String[]::new);
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
    void onlyProcessEngineAndSecurityTalkToTheEngine() {
        noClasses().that().resideOutsideOfPackages("..process..", "..engine..", "..security..")
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
    void packagesDependOnEachOtherWithoutCycles() {
        noCyclesUnder("com.platform.onboarding").check(PRODUCTION);
    }

    /** Also inside a module: process's toolkit and its rooms, merchant and registration, security and its engine door. */
    @Test
    void everyPackageDependsOnOthersWithoutCycles() {
        SlicesRuleDefinition.slices().matching("com.platform.onboarding.(**)").should().beFreeOfCycles().check(PRODUCTION);
    }

    @Test
    void theCycleRuleCatchesACycle() {
        var cycle = new ClassFileImporter().importPackages("com.platform.onboarding.archfixture");
        assertThatThrownBy(() -> noCyclesUnder("com.platform.onboarding.archfixture").check(cycle))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Cycle detected")
                .hasMessageContaining("left").hasMessageContaining("right");
    }

    /** One slice per package below the root (merchant, security, …), each with everything beneath it. */
    private static ArchRule noCyclesUnder(String root) {
        return SlicesRuleDefinition.slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    /**
     * Process keys, messages and flow-node ids are the model's, spelt once in its constants classes. (Variable names
     * are left out: several are also the words of our API, such as {@code paymentReference} in a payment.)
     */
    @Test
    void noModelNameIsSpeltOutsideTheProcessPackage() throws IOException {
        Set<String> names = new HashSet<>();
        for (Path model : files(Path.of("bpmn"), ".bpmn")) {
            var instance = Bpmn.readModelFromFile(model.toFile());
            instance.getModelElementsByType(Process.class).forEach(p -> names.add(p.getId()));
            instance.getModelElementsByType(Message.class).forEach(m -> names.add(m.getName()));
            instance.getModelElementsByType(FlowNode.class).forEach(n -> names.add(n.getId()));
        }
        assertThat(names).contains("merchant-onboarding", "DepositPaid", "second-review-qualifications");
        var source = Path.of("src/main/java/com/platform/onboarding");
        for (Path file : files(source, ".java")) {
            if (file.startsWith(source.resolve("process"))) {
                continue;
            }
            String text = Files.readString(file);
            assertThat(names).as(file.toString()).noneMatch(name -> text.contains('"' + name + '"'));
        }
    }

    /** {@code ${bean...}}: whatever the models call is a bean of the process layer, never a domain bean directly. */
    @Test
    void theModelsReachBeansOnlyThroughTheProcessLayer() throws IOException {
        Map<String, JavaClass> beans = new HashMap<>();
        for (JavaClass type : PRODUCTION) {
            Stream.of(Component.class, Service.class, Repository.class, Controller.class, RestController.class)
                    .filter(type::isAnnotatedWith).findFirst().ifPresent(stereotype -> {
                        String named = String.valueOf(type.getAnnotationOfType(stereotype.getName())
                                .get("value").orElse(""));
                        beans.put(named.isEmpty() ? Introspector.decapitalize(type.getSimpleName()) : named, type);
                    });
        }
        var identifier = Pattern.compile("(?<![\\w.'])([A-Za-z_]\\w*)");
        Set<String> called = new HashSet<>();
        for (Path model : files(Path.of("bpmn"), ".bpmn")) {
            var expressions = Pattern.compile("\\$\\{([^}]*)}").matcher(Files.readString(model));
            while (expressions.find()) {
                identifier.matcher(expressions.group(1)).results().map(m -> m.group(1)).filter(beans::containsKey)
                        .forEach(called::add);
            }
        }
        assertThat(called).contains("depositChecks", "fourEyes", "deadlines");
        assertThat(called).allSatisfy(bean -> assertThat(beans.get(bean).getPackageName()).as(bean)
                .startsWith("com.platform.onboarding.process"));
    }

    private static Set<Path> files(Path folder, String suffix) throws IOException {
        try (var walk = Files.walk(folder)) {
            return Set.copyOf(walk.filter(f -> f.toString().endsWith(suffix)).toList());
        }
    }

    @Test
    void delegatesAreNamedAndLiveInTheProcessPackage() {
        classes().that().implement("org.camunda.bpm.engine.delegate.JavaDelegate")
                .should().haveSimpleNameEndingWith("Delegate").andShould().resideInAPackage("..process..")
                .allowEmptyShould(true)
                .check(PRODUCTION);
    }
}
