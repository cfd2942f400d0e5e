package com.platform.onboarding.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.platform.onboarding.merchant.QualificationOutcomes;
import com.platform.onboarding.process.MerchantOnboarding.Variables;
import com.platform.onboarding.process.QualificationExpiryWatch.Elements;
import com.platform.onboarding.qualification.ExpiryReminders;
import com.platform.onboarding.qualification.Renewal;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Judges a renewal from the renewal task (the form's {@code {type}…} fields) or from a QualificationRenewed message
 * ({@code validUntil}, {@code {type}Document}, optionally {@code {type}Number} and {@code {type}ValidFrom}) on the
 * engine clock's business day. {@code validUntil} is then set from the held record either way: a message writes it
 * as a process variable, and a refused renewal must not leave its date behind.
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
        boolean byMessage = Elements.CHECK_RECEIVED_RENEWAL.equals(execution.getCurrentActivityId());
        String categories = CheckQualificationsDelegate.text(execution, type + Variables.CATEGORIES);
        var renewal = new Renewal(
                CheckQualificationsDelegate.text(execution, type + Variables.HOLDER_NAME),
                strip(CheckQualificationsDelegate.text(execution, type + Variables.NUMBER)),
                categories == null ? List.of() : Arrays.stream(categories.split(",")).map(String::strip)
                        .filter(c -> !c.isEmpty()).toList(),
                execution.getVariable(type + Variables.VALID_FROM) == null ? null
                        : CheckQualificationsDelegate.date(execution, type + Variables.VALID_FROM),
                CheckQualificationsDelegate.date(execution,
                        byMessage ? QualificationExpiryWatch.Variables.VALID_UNTIL : type + Variables.VALID_UNTIL),
                UploadedDocuments.check(execution, type + Variables.DOCUMENT));
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
            execution.removeVariable(type + Variables.DOCUMENT);
        }
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
