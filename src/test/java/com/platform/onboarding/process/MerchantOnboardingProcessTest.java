package com.platform.onboarding.process;

import static com.platform.onboarding.process.MerchantOnboarding.Elements.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import com.platform.onboarding.OnboardingTest;
import com.platform.onboarding.process.MerchantOnboarding.Variables;
import com.platform.onboarding.screening.RiskHit;
import com.platform.onboarding.screening.RiskReason;
import com.platform.onboarding.screening.Screening;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.Optional;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One test per path through bpmn/merchant-onboarding.bpmn, as a trace. */
@OnboardingTest
class MerchantOnboardingProcessTest {

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    FormService formService;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Screening screening;

    @BeforeEach
    void engine() {
        BpmnAwareTests.init(processEngine);
    }

    /** The application record stands behind every instance: merchant tasks are assigned from it. */
    private ProcessInstance start(String overseasMarkets) {
        String applicationId = UUID.randomUUID().toString();
        jdbc.sql("""
                insert into merchant_application (application_id, username, merchant_name, contact_email, entity_type,
                    category, overseas_markets, factory_program, status, submitted_at)
                values (?, ?, 'Path Ltd', 'path@example.com', 'OVERSEAS', 'food.fresh-fruit.durian', ?, false, 'APPLYING',
                    current_timestamp)
                """).params(applicationId, "path-" + applicationId.substring(0, 8), overseasMarkets).update();
        return runtimeService.startProcessInstanceByKey(MerchantOnboarding.PROCESS_KEY, applicationId, withVariables(
                Variables.APPLICATION_ID, applicationId,
                Variables.MERCHANT_USERNAME, "not-the-assignee",
                Variables.MERCHANT_NAME, "Path Ltd",
                Variables.ENTITY_TYPE, "OVERSEAS",
                Variables.CATEGORY, "food.fresh-fruit.durian",
                Variables.OVERSEAS_MARKETS, overseasMarkets,
                Variables.FACTORY_PROGRAM, false));
    }

    @Test
    void overseasPlanPath_signsTheAgreementThenUploadsQualifications() {
        var instance = start("US,HK");

        String merchant = "path-" + instance.getBusinessKey().substring(0, 8);
        assertThat(instance).isWaitingAt(SIGN_OVERSEAS_AGREEMENT).task().isAssignedTo(merchant);
        complete(task(instance), withVariables(Variables.AGREEMENT_ACCEPTED, true, Variables.COMMITTED_SHIPPING_DAYS, 7));
        assertThat(instance).isWaitingAt(UPLOAD_QUALIFICATIONS).task().isAssignedTo(merchant)
                .hasFormKey(MerchantOnboarding.Forms.UPLOAD_QUALIFICATIONS);
        complete(task(instance));

        assertThat(instance).hasPassedInOrder(APPLICATION_SUBMITTED, SCREEN_MERCHANT, ON_RISK_LIST, JOINS_OVERSEAS_PLAN,
                SIGN_OVERSEAS_AGREEMENT, OVERSEAS_PLAN_SETTLED, UPLOAD_QUALIFICATIONS, QUALIFICATIONS_SUBMITTED);
        assertThat(instance).hasNotPassed(REJECT_APPLICATION);
        verify(screening, times(1)).screen("Path Ltd", null);
        assertThat(instance).isEnded().variables()
                .containsEntry(Variables.AGREEMENT_ACCEPTED, true)
                .containsEntry(Variables.COMMITTED_SHIPPING_DAYS, 7);
    }

    @Test
    void noOverseasMarketsPath_goesStraightToQualifications() {
        var instance = start("");

        assertThat(instance).isWaitingAt(UPLOAD_QUALIFICATIONS);
        assertThat(instance).hasPassedInOrder(APPLICATION_SUBMITTED, SCREEN_MERCHANT, ON_RISK_LIST, JOINS_OVERSEAS_PLAN,
                OVERSEAS_PLAN_SETTLED).hasNotPassed(SIGN_OVERSEAS_AGREEMENT, REJECT_APPLICATION);
        verify(screening, times(1)).screen("Path Ltd", null);
    }

    @Test
    void riskListedPath_rejectsTheApplicationAtEntry() {
        doReturn(Optional.of(new RiskHit(RiskReason.COUNTERFEIT, "entry-1", "merchantName")))
                .when(screening).screen("Path Ltd", null);

        var instance = start("US");

        assertThat(instance).isEnded().hasPassedInOrder(APPLICATION_SUBMITTED, SCREEN_MERCHANT, ON_RISK_LIST,
                REJECT_APPLICATION, APPLICATION_REJECTED);
        assertThat(instance).hasNotPassed(JOINS_OVERSEAS_PLAN, SIGN_OVERSEAS_AGREEMENT, UPLOAD_QUALIFICATIONS);
        assertThat(instance).variables().containsEntry(Variables.REJECTION_REASON, "COUNTERFEIT");
        verify(screening, times(1)).screen("Path Ltd", null);
        Assertions.assertThat(jdbc.sql("select status || ':' || status_reason from merchant_application where application_id = ?")
                .param(instance.getBusinessKey()).query(String.class).single()).isEqualTo("REJECTED:COUNTERFEIT");
    }

    @Test
    void bothFormsResolveFromTheDeployment() {
        var instance = start("MO");

        var agreementForm = formService.getDeployedTaskForm(task(instance).getId());
        Assertions.assertThat(read(agreementForm)).contains("\"key\": \"agreementAccepted\"", "\"key\": \"committedShippingDays\"");
        complete(task(instance), withVariables(Variables.AGREEMENT_ACCEPTED, false));
        var uploadForm = formService.getDeployedTaskForm(task(instance).getId());
        Assertions.assertThat(read(uploadForm)).contains("cam-variable-name=\"overseasEntityDocument\"", "cam-variable-type=\"File\"");
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
