package com.platform.onboarding.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.platform.onboarding.OnboardingProperties;
import com.platform.onboarding.merchant.MerchantDirectory;
import com.platform.onboarding.process.MerchantOnboarding.Variables;
import com.platform.onboarding.qualification.Qualification;
import com.platform.onboarding.qualification.QualificationRules;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
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
class CheckQualificationsDelegate implements JavaDelegate {

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

    static Map<String, Qualification> submitted(DelegateExecution execution, List<String> required) {
        var submitted = new LinkedHashMap<String, Qualification>();
        for (String prefix : required) {
            String number = text(execution, prefix + Variables.NUMBER);
            boolean hasDocument = UploadedDocuments.check(execution, prefix + Variables.DOCUMENT);
            if (number == null && !hasDocument) {
                continue;
            }
            String categories = text(execution, prefix + Variables.CATEGORIES);
            submitted.put(prefix, new Qualification(prefix,
                    text(execution, prefix + Variables.HOLDER_NAME),
                    number == null ? null : number.strip(),
                    categories == null ? List.of() : Arrays.stream(categories.split(",")).map(String::strip)
                            .filter(c -> !c.isEmpty()).toList(),
                    date(execution, prefix + Variables.VALID_FROM),
                    date(execution, prefix + Variables.VALID_UNTIL),
                    hasDocument));
        }
        return submitted;
    }

    static String text(DelegateExecution execution, String field) {
        Object value = execution.getVariable(field);
        if (value != null && !(value instanceof String)) {
            throw new InvalidTaskInput(field, "must be text, not " + value);
        }
        return (String) value;
    }

    /** A qualification without both dates cannot be judged; refusing here keeps the task open and nothing saved. */
    static LocalDate date(DelegateExecution execution, String field) {
        Object value = execution.getVariable(field);
        if (!(value instanceof String text) || text.isBlank()) {
            throw new InvalidTaskInput(field, "is required, as yyyy-MM-dd");
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidTaskInput(field, "must be a date as yyyy-MM-dd, not '" + text + "'");
        }
    }
}
