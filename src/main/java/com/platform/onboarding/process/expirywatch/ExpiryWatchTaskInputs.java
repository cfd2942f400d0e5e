package com.platform.onboarding.process.expirywatch;

import com.platform.onboarding.process.QualificationFields;
import com.platform.onboarding.process.TaskInputs;
import com.platform.onboarding.process.expirywatch.QualificationExpiryWatch.Elements;
import com.platform.onboarding.process.expirywatch.QualificationExpiryWatch.Variables;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/** The watch's one task: a renewal takes the fields of its own qualification. */
@Component
class ExpiryWatchTaskInputs implements TaskInputs {

    @Override
    public Optional<Set<String>> of(String taskKey, Function<String, Object> variable) {
        if (!Elements.RENEW_QUALIFICATION.equals(taskKey)) {
            return Optional.empty();
        }
        return Optional.of(QualificationFields.of(List.of((String) variable.apply(Variables.QUALIFICATION_TYPE))));
    }
}
