package com.platform.onboarding.process.expirywatch;

import com.platform.onboarding.process.expirywatch.QualificationExpiryWatch.Variables;
import com.platform.onboarding.qualification.HeldQualification;
import com.platform.onboarding.qualification.HeldQualifications;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * One {@code qualification-expiry-watch} per held qualification and validity period, started from the held record
 * (never from a variable a message could have overwritten).
 */
@Component
public class QualificationWatches {

    private final HeldQualifications held;
    private final RuntimeService runtimeService;

    QualificationWatches(HeldQualifications held, RuntimeService runtimeService) {
        this.held = held;
        this.runtimeService = runtimeService;
    }

    /** At activation: records the qualification as held and starts watching it. */
    public void hold(HeldQualification qualification) {
        held.hold(qualification);
        watch(qualification.applicationId(), qualification.type());
    }

    /** Watches the validity period on record. */
    void watch(String applicationId, String type) {
        var q = held.get(applicationId, type);
        runtimeService.startProcessInstanceByKey(QualificationExpiryWatch.PROCESS_KEY, applicationId,
                Map.of(Variables.QUALIFICATION_TYPE, type,
                        Variables.VALID_UNTIL, q.validUntil().toString(),
                        Variables.REQUIRED_QUALIFICATIONS_TEXT, type));
    }
}
