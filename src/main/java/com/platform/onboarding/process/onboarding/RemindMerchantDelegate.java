package com.platform.onboarding.process.onboarding;

import com.platform.onboarding.merchant.MerchantNotices;
import com.platform.onboarding.process.onboarding.MerchantOnboarding.Variables;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Reminds of the open merchant task named by the input {@code merchantTask}, with the deadline it carries. */
@Component
class RemindMerchantDelegate implements JavaDelegate {

    private final TaskService taskService;
    private final MerchantNotices notices;

    RemindMerchantDelegate(TaskService taskService, MerchantNotices notices) {
        this.taskService = taskService;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var task = taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey((String) execution.getVariableLocal(Variables.MERCHANT_TASK)).singleResult();
        notices.taskReminder(execution.getProcessBusinessKey(), (String) execution.getVariableLocal(Variables.TASK_NAME_ZH),
                (String) execution.getVariableLocal(Variables.TASK_NAME_EN), task.getDueDate().toInstant());
    }
}
