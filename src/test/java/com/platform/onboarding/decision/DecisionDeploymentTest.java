package com.platform.onboarding.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.assertj.core.groups.Tuple;

/**
 * The three decisions deploy on a process engine configured as Camunda's defaults (history TTL enforced, FEEL by
 * feel-scala) and are evaluated through its DecisionService, as the onboarding process will call them.
 */
class DecisionDeploymentTest {

    static ProcessEngine engine;

    @BeforeAll
    static void deploy() throws IOException {
        engine = ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
                .setJdbcUrl("jdbc:h2:mem:decision-deployment;DB_CLOSE_DELAY=-1")
                .setProcessEngineName("decision-deployment")
                .setJobExecutorActivate(false)
                .buildProcessEngine();
        var deployment = engine.getRepositoryService().createDeployment().name("decisions");
        for (String id : new String[] {"required-qualifications", "category-deposit", "factory-tier"}) {
            deployment.addString("bpmn/" + id + ".dmn", Files.readString(Decisions.file(id)));
        }
        deployment.deploy();
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void everyDecisionIsDeployedUnderItsIdWithItsNameAndHistoryTimeToLive() {
        var definitions = engine.getRepositoryService().createDecisionDefinitionQuery().list();
        assertThat(definitions).extracting("key", "name", "historyTimeToLive").containsExactlyInAnyOrder(
                Tuple.tuple("required-qualifications", "Required qualifications", 1095),
                Tuple.tuple("category-deposit", "Category deposit", 1095),
                Tuple.tuple("factory-tier", "Factory tier", 1095));
    }

    @Test
    void theDecisionServiceEvaluatesThemWithProcessVariables() {
        var decisions = engine.getDecisionService();
        assertThat(decisions.evaluateDecisionByKey("required-qualifications")
                .variables(Map.of("entityType", "DOMESTIC", "category", "food.fresh-fruit.durian")).evaluate()
                .collectEntries("qualification")).containsExactlyInAnyOrder("businessLicense", "industryPermit");
        assertThat(decisions.evaluateDecisionByKey("category-deposit")
                .variables(Map.of("category", "food.fresh-fruit.durian", "applicationDate", LocalDate.of(2023, 7, 17)))
                .evaluate().<Object>getSingleEntry()).isEqualTo(20000);
        assertThat(decisions.evaluateDecisionByKey("category-deposit")
                .variables(Map.of("category", "food.fresh-fruit.durian", "applicationDate", "2023-07-16"))
                .evaluate().<Object>getSingleEntry()).isEqualTo(5000);
        assertThat(decisions.evaluateDecisionByKey("factory-tier")
                .variables(FactoryTierTest.A_AT_LIMITS.variables()).evaluate().getSingleResult().<Object>getEntry("tier"))
                .isEqualTo("A");
    }
}
