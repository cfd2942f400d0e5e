package com.platform.onboarding.process.onboarding;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.platform.onboarding.OnboardingProperties;
import com.platform.onboarding.merchant.MerchantDirectory;
import com.platform.onboarding.process.AuditRecords;
import com.platform.onboarding.process.QualificationFields;
import com.platform.onboarding.process.TaskVariables;
import com.platform.onboarding.process.onboarding.MerchantOnboarding.Variables;
import com.platform.onboarding.qualification.Qualification;
import com.platform.onboarding.qualification.QualificationRules;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Judges the uploaded qualifications on today's business date (the engine's clock, so that tests and replays can
 * move it), against the category of the application record. Also the re-check after a reviewer approves.
 */
@Component
public class CheckQualificationsDelegate implements JavaDelegate {

    private final QualificationRules rules;
    private final MerchantDirectory directory;
    private final ZoneId businessZone;
    private final Clock clock;
    private final AuditRecords audit;
    private final ObjectMapper json = new ObjectMapper();

    CheckQualificationsDelegate(QualificationRules rules, MerchantDirectory directory, OnboardingProperties properties,
            Clock clock, AuditRecords audit) {
        this.audit = audit;
        this.rules = rules;
        this.directory = directory;
        this.businessZone = properties.businessZone();
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) throws JsonProcessingException {
        var required = RequiredQualifications.of(execution.getVariable(Variables.REQUIRED_QUALIFICATIONS));
        String category = directory.categoryOf(execution.getProcessBusinessKey())
                .orElseThrow(() -> new IllegalStateException("No application " + execution.getProcessBusinessKey()));
        var reviewDay = LocalDate.ofInstant(clock.instant(), businessZone);

        var issues = rules.check(required, submitted(execution, required), category, reviewDay);

        // What decides next (the deposit's category, the day it is judged on) is restated from the record here.
        execution.setVariable(Variables.CATEGORY, category);
        execution.setVariable(Variables.REVIEW_DAY, reviewDay.toString());
        execution.setVariable(Variables.QUALIFICATION_ISSUES, json.writeValueAsString(issues));
        execution.setVariable(Variables.QUALIFICATIONS_IN_ORDER, issues.isEmpty());
        audit.documents(execution);
        // The values the check used, each with the date it took effect: the seam where effective-dated settings plug in.
        var validity = rules.ruleOn(reviewDay);
        audit.checked(execution, "qualifications", issues, Map.of("reviewDay", reviewDay.toString(), "category", category,
                "minimumRemainingValidityDays", rules.minRemainingDaysOn(reviewDay),
                "minimumRemainingValidityEffectiveFrom", validity.map(r -> r.effectiveFrom().toString()).orElse("")));
    }

    public static Map<String, Qualification> submitted(DelegateExecution execution, List<String> required) {
        var sent = TaskVariables.of(execution);
        var submitted = new LinkedHashMap<String, Qualification>();
        for (String prefix : required) {
            String number = sent.strippedText(prefix + QualificationFields.NUMBER);
            boolean hasDocument = sent.document(prefix + QualificationFields.DOCUMENT);
            if (number == null && !hasDocument) {
                continue;
            }
            submitted.put(prefix, new Qualification(prefix, sent.text(prefix + QualificationFields.HOLDER_NAME), number,
                    sent.codes(prefix + QualificationFields.CATEGORIES), sent.date(prefix + QualificationFields.VALID_FROM),
                    sent.date(prefix + QualificationFields.VALID_UNTIL), hasDocument));
        }
        return submitted;
    }
}
