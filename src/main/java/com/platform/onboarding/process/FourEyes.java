package com.platform.onboarding.process;

import com.platform.onboarding.OnboardingProperties;
import com.platform.onboarding.process.MerchantOnboarding.Elements;
import com.platform.onboarding.process.MerchantOnboarding.Variables;
import com.platform.onboarding.review.ReviewLedger;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Four eyes for high-risk categories: {@code ${fourEyes.required(depositChecks.required(...))}} in the model (the recorded deposit), and, as the task
 * listener of every review, who reviews: known from the engine's authenticated user at completion (else the
 * assignee), handed to the apply-review delegate that records it (ReviewLedger) as a transient variable no caller can
 * send, and compared, for the second review, with the first reviewer on record, on claim and on completion. Public
 * because the expression language only calls public classes.
 */
@Component("fourEyes")
public class FourEyes implements TaskListener {

    private final long fromDeposit;
    private final ReviewLedger ledger;

    FourEyes(OnboardingProperties properties, ReviewLedger ledger) {
        this.fromDeposit = properties.fourEyesFromDeposit();
        this.ledger = ledger;
    }

    public boolean required(Number depositAmount) {
        return depositAmount != null && depositAmount.longValue() >= fromDeposit;
    }

    @Override
    public void notify(DelegateTask task) {
        String reviewer = reviewer(task);
        boolean completing = EVENTNAME_COMPLETE.equals(task.getEventName());
        if (completing && reviewer == null) {
            throw new InvalidTaskInput(Variables.DECISION, "needs a reviewer: claim the task first. / 请先认领任务再提交审核。");
        }
        if (Elements.SECOND_REVIEW_QUALIFICATIONS.equals(task.getTaskDefinitionKey()) && reviewer != null
                && ledger.latest(task.getExecution().getProcessBusinessKey(), Elements.REVIEW_QUALIFICATIONS)
                        .filter(first -> first.reviewer().equals(reviewer)).isPresent()) {
            throw new InvalidTaskInput(Variables.DECISION, "must come from a second reviewer: you gave the first review."
                    + " / 四眼原则：复核须由另一位审核员完成，您已完成初审。");
        }
        if (completing) {
            task.getExecution().setVariable(Variables.LAST_REVIEWER,
                    org.camunda.bpm.engine.variable.Variables.stringValue(reviewer, true));
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
