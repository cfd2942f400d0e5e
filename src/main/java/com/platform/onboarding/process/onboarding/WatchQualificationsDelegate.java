package com.platform.onboarding.process.onboarding;

import com.platform.onboarding.process.QualificationFields;
import com.platform.onboarding.process.TaskVariables;
import com.platform.onboarding.process.expirywatch.QualificationWatches;
import com.platform.onboarding.process.onboarding.MerchantOnboarding.Variables;
import com.platform.onboarding.qualification.HeldQualification;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** At activation: every required qualification, as last checked, becomes a held one with its own expiry watch. */
@Component
class WatchQualificationsDelegate implements JavaDelegate {

    private final QualificationWatches watches;

    WatchQualificationsDelegate(QualificationWatches watches) {
        this.watches = watches;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var required = RequiredQualifications.of(execution.getVariable(Variables.REQUIRED_QUALIFICATIONS));
        var sent = TaskVariables.of(execution);
        for (String prefix : required) {
            watches.hold(new HeldQualification(execution.getProcessBusinessKey(), prefix,
                    sent.text(prefix + QualificationFields.HOLDER_NAME), sent.text(prefix + QualificationFields.NUMBER),
                    sent.codes(prefix + QualificationFields.CATEGORIES), sent.optionalDate(prefix + QualificationFields.VALID_FROM),
                    sent.date(prefix + QualificationFields.VALID_UNTIL),
                    false));
        }
    }
}
