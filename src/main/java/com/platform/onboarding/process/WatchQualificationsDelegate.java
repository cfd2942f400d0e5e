package com.platform.onboarding.process;

import com.platform.onboarding.process.MerchantOnboarding.Variables;
import com.platform.onboarding.qualification.HeldQualification;
import java.time.LocalDate;
import java.util.Arrays;
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
        for (String prefix : required) {
            String categories = (String) execution.getVariable(prefix + Variables.CATEGORIES);
            String validFrom = (String) execution.getVariable(prefix + Variables.VALID_FROM);
            watches.hold(new HeldQualification(execution.getProcessBusinessKey(), prefix,
                    (String) execution.getVariable(prefix + Variables.HOLDER_NAME),
                    (String) execution.getVariable(prefix + Variables.NUMBER),
                    categories == null ? List.of() : Arrays.stream(categories.split(",")).map(String::strip)
                            .filter(c -> !c.isEmpty()).toList(),
                    validFrom == null ? null : LocalDate.parse(validFrom.strip()),
                    LocalDate.parse(((String) execution.getVariable(prefix + Variables.VALID_UNTIL)).strip()),
                    false));
        }
    }
}
