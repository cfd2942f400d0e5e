package com.platform.onboarding.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.platform.onboarding.factory.FactoryTier;
import com.platform.onboarding.factory.OemBrandLevel;
import com.platform.onboarding.merchant.LapseReason;
import com.platform.onboarding.merchant.RejectionReason;
import com.platform.onboarding.review.ReviewOutcome;
import com.platform.onboarding.screening.RiskReason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;

/**
 * The models compare and write outcomes as text; the code holds them as enums. Each literal of the models, decision
 * tables and forms must be a name of its enum, so that renaming one side without the other fails here, not in a
 * gateway that no longer matches.
 */
class OutcomeConventionsTest {

    private static final Path ONBOARDING = Path.of("bpmn", "merchant-onboarding.bpmn");
    private static final Path FACTORY_TIER = Path.of("bpmn", "factory-tier.dmn");
    private static final Pattern DECISION_LITERAL = Pattern.compile("\\bdecision\\s*==\\s*'([^']*)'");

    @Test
    void theGatewaysCompareTheDecisionWithEveryReviewOutcomeAndNothingElse() {
        var model = Bpmn.readModelFromFile(ONBOARDING.toFile());
        Set<String> compared = new HashSet<>();
        for (var flow : model.getModelElementsByType(SequenceFlow.class)) {
            if (flow.getConditionExpression() != null) {
                var literals = DECISION_LITERAL.matcher(flow.getConditionExpression().getTextContent());
                while (literals.find()) {
                    compared.add(literals.group(1));
                }
            }
        }
        assertThat(compared).containsExactlyInAnyOrderElementsOf(names(ReviewOutcome.values()));
    }

    @Test
    void theReasonsTheModelWritesAreNamesOfTheirEnums() {
        var model = Bpmn.readModelFromFile(ONBOARDING.toFile());
        var written = model.getModelElementsByType(CamundaInputParameter.class).stream()
                .collect(Collectors.groupingBy(CamundaInputParameter::getCamundaName,
                        Collectors.mapping(CamundaInputParameter::getTextContent, Collectors.toSet())));
        assertThat(written.get(MerchantOnboarding.Variables.REJECTION_REASON)).isNotEmpty()
                .isSubsetOf(names(RejectionReason.values()));
        assertThat(written.get(MerchantOnboarding.Variables.LAPSE_REASON))
                .containsExactlyInAnyOrderElementsOf(names(LapseReason.values()));
    }

    @Test
    void everyReasonOfTheRiskListIsAReasonToReject() {
        assertThat(Stream.of(RiskReason.values()).map(RejectionReason::listed).map(Enum::name))
                .containsExactlyInAnyOrderElementsOf(names(RiskReason.values()));
    }

    @Test
    void theFactoryTierDecisionSpeaksInTiersAndBrandLevels() {
        var model = Dmn.readModelFromFile(FACTORY_TIER.toFile());
        var tier = model.getModelElementsByType(Output.class).stream().filter(o -> "tier".equals(o.getName()))
                .findFirst().orElseThrow();
        assertThat(quoted(tier.getOutputValues().getTextContent()))
                .containsExactlyInAnyOrderElementsOf(names(FactoryTier.values()));
        var outputs = List.copyOf(model.getModelElementsByType(Output.class));
        int tierColumn = outputs.indexOf(tier);
        assertThat(model.getModelElementsByType(Rule.class)).allSatisfy(rule -> assertThat(
                quoted(List.copyOf(rule.getOutputEntries()).get(tierColumn).getTextContent()))
                .isSubsetOf(names(FactoryTier.values())));

        var level = model.getModelElementsByType(Input.class).stream()
                .filter(i -> MerchantOnboarding.Variables.OEM_BRAND_LEVEL.equals(i.getInputExpression().getTextContent()))
                .findFirst().orElseThrow();
        assertThat(quoted(level.getInputValues().getTextContent()))
                .containsExactlyInAnyOrderElementsOf(names(OemBrandLevel.values()));
    }

    @Test
    void theFormsOfferExactlyTheOutcomesTheCodeAccepts() throws IOException {
        Map<String, Set<String>> expected = Map.of(
                MerchantOnboarding.Variables.DECISION, names(ReviewOutcome.values()),
                MerchantOnboarding.Variables.TIER_OVERRIDE, names(FactoryTier.values()),
                MerchantOnboarding.Variables.OEM_BRAND_LEVEL, names(OemBrandLevel.values()));
        Set<String> seen = new HashSet<>();
        try (var forms = Files.list(Path.of("forms"))) {
            for (var form : forms.filter(f -> f.toString().endsWith(".form")).toList()) {
                // Fields may sit in groups: every node offering values, at any depth.
                for (JsonNode field : new ObjectMapper().readTree(form.toFile()).findParents("values")) {
                    String key = field.path("key").asText();
                    if (expected.containsKey(key)) {
                        Set<String> offered = new HashSet<>();
                        field.get("values").forEach(v -> offered.add(v.path("value").asText()));
                        assertThat(offered).as(form + " " + key).isEqualTo(expected.get(key));
                        seen.add(key);
                    }
                }
            }
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(expected.keySet());
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toSet());
    }

    /** The "…" literals of a FEEL list such as {@code "S","A"}. */
    private static Set<String> quoted(String feel) {
        return Pattern.compile("\"([^\"]*)\"").matcher(feel).results().map(m -> m.group(1)).collect(Collectors.toSet());
    }
}
