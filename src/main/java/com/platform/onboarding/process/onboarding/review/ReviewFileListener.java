package com.platform.onboarding.process.onboarding.review;

import com.platform.onboarding.OnboardingProperties;
import com.platform.onboarding.process.onboarding.MerchantOnboarding.Variables;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Puts the whole file on each review task as its own local JSON variable {@code reviewFile}, when the task is created
 * and again when it is assigned, so that "days left" is counted on the day the reviewer takes it. Written by us only:
 * no completion takes it back (TaskInputGuard).
 */
@Component("reviewFile")
class ReviewFileListener implements TaskListener {

    private final ReviewFiles files;
    private final ZoneId businessZone;
    private final Clock clock;

    ReviewFileListener(ReviewFiles files, OnboardingProperties properties, Clock clock) {
        this.files = files;
        this.businessZone = properties.businessZone();
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        var reviewDay = LocalDate.ofInstant(clock.instant(), businessZone);
        String json = files.of(task.getTaskDefinitionKey(), task.getExecution(), reviewDay);
        task.setVariableLocal(Variables.REVIEW_FILE, SpinValues.jsonValue(json).create());
    }
}
