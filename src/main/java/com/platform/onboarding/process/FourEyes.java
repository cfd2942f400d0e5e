package com.platform.onboarding.process;

import com.platform.onboarding.OnboardingProperties;
import com.platform.onboarding.process.MerchantOnboarding.Variables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Four eyes for high-risk categories: {@code ${fourEyes.required(depositChecks.required(...))}} in the model (the recorded deposit), and, as the task
 * listener of both reviews, who completed each (the apply-review delegates judge it, where a refusal is a 400) and
 * a refused claim of the second review by the first reviewer. Public because the expression language only calls
 * public classes.
 */
@Component("fourEyes")
public class FourEyes implements TaskListener {

    private final long fromDeposit;

    FourEyes(OnboardingProperties properties) {
        this.fromDeposit = properties.fourEyesFromDeposit();
    }

    public boolean required(Number depositAmount) {
        return depositAmount != null && depositAmount.longValue() >= fromDeposit;
    }

    @Override
    public void notify(DelegateTask task) {
        String reviewer = reviewer(task);
        if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            task.getExecution().setVariable(Variables.LAST_REVIEWER, reviewer);
            return;
        }
        if (reviewer != null && reviewer.equals(task.getExecution().getVariable(Variables.FIRST_REVIEWER))) {
            throw new InvalidTaskInput(Variables.DECISION,
                    "must come from a second reviewer: " + reviewer + " gave the first review (四眼原则：需另一位审核员)");
        }
    }

    /** Whoever acts now through the API, else the assignee (a claim names its assignee before anyone acts). */
    private static String reviewer(DelegateTask task) {
        var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (authentication != null && !TaskListener.EVENTNAME_ASSIGNMENT.equals(task.getEventName())) {
            return authentication.getUserId();
        }
        return task.getAssignee();
    }
}
