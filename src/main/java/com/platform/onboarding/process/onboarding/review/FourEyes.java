package com.platform.onboarding.process.onboarding.review;

import com.platform.onboarding.category.CategoryCatalogue;
import com.platform.onboarding.process.InvalidTaskInput;
import com.platform.onboarding.process.onboarding.MerchantOnboarding.Elements;
import com.platform.onboarding.process.onboarding.MerchantOnboarding.Variables;
import com.platform.onboarding.review.ReviewDecision;
import com.platform.onboarding.review.ReviewLedger;
import com.platform.onboarding.security.Groups;
import com.platform.onboarding.security.SecondReviews;
import java.math.BigDecimal;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * Four eyes for high-risk categories: {@code ${fourEyes.required(depositChecks.required(...))}} in the model (the recorded deposit), and, as the task
 * listener of every review, who reviews: known from the engine's authenticated user at completion (else the
 * assignee), handed to the completion listener that records it (ReviewLedger) as a transient variable no caller can
 * send, and compared, for the second review, with the first reviewer on record, on claim and on completion; and, when the
 * second review is created, who may take it (offerToOtherReviewers). Public
 * because the expression language only calls public classes.
 */
@Component("fourEyes")
public class FourEyes implements TaskListener, SecondReviews {

    private final CategoryCatalogue catalogue;
    private final ReviewLedger ledger;

    FourEyes(CategoryCatalogue catalogue, ReviewLedger ledger) {
        this.catalogue = catalogue;
        this.ledger = ledger;
    }

    /** For a high-risk category, which the catalogue tells by the deposit determined for it. */
    public boolean required(BigDecimal depositAmount) {
        return catalogue.highRisk(depositAmount);
    }

    @Override
    public String taskKey() {
        return Elements.SECOND_REVIEW_QUALIFICATIONS;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            offerToOtherReviewers(task);
            return;
        }
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

    /**
     * The engine cannot leave one user out of a group's task, so the second review also names, as candidate users,
     * every reviewer but the first: the "second reviews I may do" filter lists the tasks naming me, which the first
     * reviewer's never does, and the "to claim" filter leaves out tasks that name users (RoleAuthorizations). The
     * group stays a candidate, so that every reviewer may still read the task, and a reviewer added later may still
     * take it by its link; claim and completion remain refused to the first reviewer above. Run without the acting
     * reviewer's rights: who else is a reviewer is not theirs to read, but it is ours to know.
     */
    private void offerToOtherReviewers(DelegateTask task) {
        String first = ledger.latest(task.getExecution().getProcessBusinessKey(), Elements.REVIEW_QUALIFICATIONS)
                .map(ReviewDecision::reviewer).orElse(null);
        var identity = task.getProcessEngineServices().getIdentityService();
        List<String> others = Context.getCommandContext().runWithoutAuthorization(() -> identity.createUserQuery()
                .memberOfGroup(Groups.REVIEWERS).list().stream().map(User::getId).filter(id -> !id.equals(first)).toList());
        others.forEach(task::addCandidateUser);
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
