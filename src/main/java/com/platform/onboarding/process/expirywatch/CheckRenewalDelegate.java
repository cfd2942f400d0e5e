package com.platform.onboarding.process.expirywatch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.platform.onboarding.merchant.QualificationOutcomes;
import com.platform.onboarding.process.AuditRecords;
import com.platform.onboarding.process.QualificationFields;
import com.platform.onboarding.process.TaskVariables;
import com.platform.onboarding.qualification.ExpiryReminders;
import com.platform.onboarding.qualification.Renewal;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Judges a renewal from the renewal task (the form's {@code {type}…} fields; a QualificationRenewed message is
 * CheckReceivedRenewalDelegate's) on the engine clock's business day. {@code validUntil} is then set from the held
 * record either way: a message writes it as a process variable, and a refused renewal must not leave its date behind.
 */
@Component
class CheckRenewalDelegate implements JavaDelegate {

    private final QualificationOutcomes outcomes;
    private final ExpiryReminders reminders;
    private final Clock clock;
    private final AuditRecords audit;
    private final ObjectMapper json = new ObjectMapper();

    CheckRenewalDelegate(QualificationOutcomes outcomes, ExpiryReminders reminders, Clock clock, AuditRecords audit) {
        this.audit = audit;
        this.outcomes = outcomes;
        this.reminders = reminders;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) throws JsonProcessingException {
        String type = (String) execution.getVariable(QualificationExpiryWatch.Variables.QUALIFICATION_TYPE);
        var sent = TaskVariables.of(execution);
        var renewal = new Renewal(sent.text(type + QualificationFields.HOLDER_NAME),
                sent.strippedText(type + QualificationFields.NUMBER), sent.codes(type + QualificationFields.CATEGORIES),
                execution.getVariable(type + QualificationFields.VALID_FROM) == null ? null
                        : sent.date(type + QualificationFields.VALID_FROM),
                sent.date(validUntilField(type)),
                sent.document(type + QualificationFields.DOCUMENT));
        var now = clock.instant();

        var outcome = outcomes.renew(execution.getProcessBusinessKey(), type, renewal, reminders.businessDay(now), now);

        execution.setVariable(QualificationExpiryWatch.Variables.VALID_UNTIL, outcome.validUntil().toString());
        execution.setVariable(QualificationExpiryWatch.Variables.QUALIFICATION_ISSUES, json.writeValueAsString(outcome.issues()));
        execution.setVariable(QualificationExpiryWatch.Variables.RENEWAL_IN_ORDER, outcome.accepted());
        audit.documents(execution);
        audit.checked(execution, "renewal", outcome.issues(), java.util.Map.of("qualification", type,
                "accepted", outcome.accepted(), "validUntil", outcome.validUntil().toString()));
        // A document counts for the renewal it came with: after a refusal the next try must bring its own. An accepted
        // one stays, as the period's last value, in history: the document on file that the merchant and staff open.
        if (!outcome.accepted()) {
            execution.removeVariable(type + QualificationFields.DOCUMENT);
        }
    }

    /** Where the new last valid day is: the renewal form's own field. */
    String validUntilField(String type) {
        return type + QualificationFields.VALID_UNTIL;
    }
}
