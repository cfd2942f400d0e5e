package com.platform.onboarding.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DmnElement;
import org.camunda.bpm.model.dmn.instance.NamedElement;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The house rules for decision tables, checked on every file in bpmn/ that ends in .dmn. */
class DecisionConventionsTest {

    static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    static final Pattern GENERATED = Pattern.compile(
            "(?i).*_[0-9a-z]{6,}$|^(decision|definitions|rule|input|output|inputclause|outputclause|unarytests|literalexpression|dmndiagram|dmnshape)[-_].*");

    static Stream<Path> decisionFiles() throws IOException {
        try (var files = Files.list(Decisions.FOLDER)) {
            return files.filter(f -> f.toString().endsWith(".dmn")).sorted().toList().stream();
        }
    }

    @Test
    void theThreeDecisionsOfTheProjectAreThere() throws IOException {
        assertThat(decisionFiles().map(f -> f.getFileName().toString()))
                .contains("required-qualifications.dmn", "category-deposit.dmn", "factory-tier.dmn");
    }

    @ParameterizedTest
    @MethodSource("decisionFiles")
    void theFileIsNamedAfterItsOnlyDecisionWhichIsNamedAndKeepsItsHistoryForADefinedTime(Path file) {
        var model = Dmn.readModelFromFile(file.toFile());
        Dmn.validateModel(model);
        var decisions = model.getModelElementsByType(Decision.class);
        assertThat(decisions).hasSize(1);
        var decision = decisions.iterator().next();
        assertThat(file.getFileName().toString()).isEqualTo(decision.getId() + ".dmn");
        assertThat(decision.getName()).isNotBlank();
        assertThat(decision.getCamundaHistoryTimeToLiveString()).isEqualTo("1095");
    }

    @ParameterizedTest
    @MethodSource("decisionFiles")
    void everyRuleHasAMeaningfulIdAndADescriptionSayingWhy(Path file) {
        var model = Dmn.readModelFromFile(file.toFile());
        var rules = model.getModelElementsByType(Rule.class);
        assertThat(rules).isNotEmpty().allSatisfy(rule -> {
            assertThat(rule.getId()).isNotBlank().matches(KEBAB).doesNotMatch(GENERATED);
            assertThat(rule.getDescription()).as(rule.getId()).isNotNull();
            assertThat(rule.getDescription().getTextContent()).as(rule.getId()).isNotBlank();
        });
    }

    @ParameterizedTest
    @MethodSource("decisionFiles")
    void everyIdIsMeaningfulKebabCaseAndNeverGenerated(Path file) {
        var model = Dmn.readModelFromFile(file.toFile());
        var ids = model.getModelElementsByType(DmnElement.class).stream().map(DmnElement::getId)
                .filter(Objects::nonNull).toList();
        assertThat(ids).isNotEmpty().doesNotHaveDuplicates().allSatisfy(id -> {
            assertThat(id).matches(KEBAB);
            assertThat(id).doesNotMatch(GENERATED);
        });
        assertThat(model.getModelElementsByType(NamedElement.class))
                .allSatisfy(element -> assertThat(element.getName()).as(element.getId()).isNotBlank());
    }

    @ParameterizedTest
    @MethodSource("decisionFiles")
    void theEngineBuildsTheDecisionTable(Path file) throws IOException {
        var id = file.getFileName().toString().replaceFirst("\\.dmn$", "");
        try (InputStream in = Files.newInputStream(file)) {
            var decision = Decisions.ENGINE.parseDecision(id, in);
            assertThat(decision.isDecisionTable()).isTrue();
            assertThat(((DmnDecisionTableImpl) decision.getDecisionLogic()).getRules())
                    .allSatisfy(rule -> assertThat(rule.getId()).matches(KEBAB));
        }
    }
}
