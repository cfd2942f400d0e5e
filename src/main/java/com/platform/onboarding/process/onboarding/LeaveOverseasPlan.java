package com.platform.onboarding.process.onboarding;

import com.platform.onboarding.merchant.OverseasPlanLeft;
import com.platform.onboarding.process.onboarding.MerchantOnboarding.Variables;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A merchant who leaves the plan before activation: the markets the forms show are cleared too, and an agreement not
 * yet signed is declined in the merchant's name, so the application goes on to its qualifications as for a merchant who
 * never joined (the agreement's record says declined, and activation keeps no markets). After signing nothing in the
 * process waits on the plan; activation reads the cleared record.
 */
@Component
class LeaveOverseasPlan {

    private final RuntimeService runtimeService;
    private final TaskService taskService;

    LeaveOverseasPlan(RuntimeService runtimeService, TaskService taskService) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
    }

    @EventListener
    void on(OverseasPlanLeft left) {
        var instance = runtimeService.createProcessInstanceQuery().processDefinitionKey(MerchantOnboarding.PROCESS_KEY)
                .processInstanceBusinessKey(left.applicationId()).singleResult();
        if (instance == null) {
            return;
        }
        runtimeService.setVariable(instance.getId(), Variables.OVERSEAS_MARKETS, "");
        var agreement = taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(MerchantOnboarding.Elements.SIGN_OVERSEAS_AGREEMENT).active().singleResult();
        if (agreement != null) {
            taskService.complete(agreement.getId(), Map.of(Variables.AGREEMENT_ACCEPTED, false));
        }
    }
}
