package com.platform.onboarding.process.onboarding;

import com.platform.onboarding.deadline.DeadlinePolicy;
import com.platform.onboarding.merchant.MerchantNotices;
import com.platform.onboarding.process.onboarding.MerchantOnboarding.Variables;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * An overdue review stays with the reviewers (the timer does not interrupt); it rises in their queue, and ops hear
 * of it.
 */
@Component
class EscalateReviewDelegate implements JavaDelegate {

    private final TaskService taskService;
    private final DeadlinePolicy deadlines;
    private final MerchantNotices notices;

    EscalateReviewDelegate(TaskService taskService, DeadlinePolicy deadlines, MerchantNotices notices) {
        this.taskService = taskService;
        this.deadlines = deadlines;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var task = taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey((String) execution.getVariableLocal(Variables.REVIEW_TASK)).singleResult();
        taskService.setPriority(task.getId(), deadlines.escalatedPriority(task.getPriority()));
        notices.reviewOverdue(execution.getProcessBusinessKey(), task.getName(), task.getDueDate().toInstant());
    }
}
