package com.platform.onboarding.process.onboarding;

import com.platform.onboarding.OnboardingProperties;
import com.platform.onboarding.process.onboarding.MerchantOnboarding.Elements;
import com.platform.onboarding.process.onboarding.MerchantOnboarding.Variables;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * At the hand-in of qualifications or a factory audit: reads what was sent as the check will, so that a value that
 * cannot be read (a date, a count, a file that is no PDF, JPEG or PNG) is refused to the merchant, 400 naming the
 * field, with nothing saved. The check itself runs after the merchant was answered, in a job (asyncBefore), and only
 * finds issues, which the merchant reads in the status.
 */
@Component
class ReadableSubmission implements TaskListener {

    private final ZoneId businessZone;
    private final Clock clock;

    ReadableSubmission(OnboardingProperties properties, Clock clock) {
        this.businessZone = properties.businessZone();
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        var execution = task.getExecution();
        switch (task.getTaskDefinitionKey()) {
            case Elements.UPLOAD_QUALIFICATIONS -> CheckQualificationsDelegate.submitted(execution,
                    RequiredQualifications.of(execution.getVariable(Variables.REQUIRED_QUALIFICATIONS)));
            case Elements.UPLOAD_FACTORY_AUDIT -> CheckFactoryAuditDelegate.read(execution,
                    LocalDate.ofInstant(clock.instant(), businessZone));
            default -> throw new IllegalStateException("No check reads task " + task.getTaskDefinitionKey());
        }
    }
}
