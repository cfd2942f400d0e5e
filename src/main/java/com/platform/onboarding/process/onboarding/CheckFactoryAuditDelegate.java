package com.platform.onboarding.process.onboarding;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.platform.onboarding.OnboardingProperties;
import com.platform.onboarding.factory.FactoryAudit;
import com.platform.onboarding.factory.FactoryAuditRules;
import com.platform.onboarding.factory.FactoryPreference;
import com.platform.onboarding.factory.OemBrandLevel;
import com.platform.onboarding.factory.SelectivePlatform;
import com.platform.onboarding.process.AuditRecords;
import com.platform.onboarding.process.InvalidTaskInput;
import com.platform.onboarding.process.TaskVariables;
import com.platform.onboarding.process.onboarding.MerchantOnboarding.Variables;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Judges the factory audit on today's business date, and readies the facts the tier decision reads. Facts that
 * cannot be read (a missing number, an unknown brand level or platform) are refused at completion, 400, naming the
 * field (ReadableSubmission reads them there); a report that fails a rule is an issue in the same loop as the
 * qualifications, found by this check in its own job after the merchant was answered.
 */
@Component
class CheckFactoryAuditDelegate implements JavaDelegate {

    private final FactoryAuditRules rules;
    private final ZoneId businessZone;
    private final Clock clock;
    private final AuditRecords audit;
    private final ObjectMapper json = new ObjectMapper();

    CheckFactoryAuditDelegate(FactoryAuditRules rules, OnboardingProperties properties, Clock clock, AuditRecords audit) {
        this.rules = rules;
        this.audit = audit;
        this.businessZone = properties.businessZone();
        this.clock = clock;
    }

    /** What the merchant handed in, read; a value that cannot be read is refused naming its field. */
    record Submission(FactoryAudit report, long founded, boolean preferred) {}

    @Override
    public void execute(DelegateExecution execution) throws JsonProcessingException {
        var reviewDay = LocalDate.ofInstant(clock.instant(), businessZone);
        var submission = read(execution, reviewDay);

        var issues = rules.check(submission.report(), reviewDay);

        execution.setVariable(Variables.REVIEW_DAY, reviewDay.toString());
        execution.setVariable(Variables.YEARS_IN_OPERATION, reviewDay.getYear() - submission.founded());
        execution.setVariable(Variables.PRIORITY, submission.preferred());
        execution.setVariable(Variables.QUALIFICATION_ISSUES, json.writeValueAsString(issues));
        execution.setVariable(Variables.FACTORY_AUDIT_IN_ORDER, issues.isEmpty());
        audit.documents(execution);
        audit.checked(execution, "factoryAudit", issues, Map.of("reviewDay", reviewDay.toString(),
                "preferred", submission.preferred()));
    }

    /** Also at the hand-in (ReadableSubmission), so that a refusal reaches the merchant before the check's job. */
    static Submission read(DelegateExecution execution, LocalDate reviewDay) {
        var sent = TaskVariables.of(execution);
        // A missing date is a rule failure (AUDIT_DATE_MISSING), not a refusal; a date that cannot be read is a typo.
        var report = new FactoryAudit(sent.text(Variables.AUDIT_ISSUER), sent.optionalDate(Variables.AUDIT_ISSUED_ON),
                sent.document(Variables.AUDIT_REPORT_DOCUMENT), sent.flag(Variables.HAS_ODM_TEAM),
                sent.flag(Variables.HAS_PRODUCTION_MANAGEMENT));
        long founded = sent.count(Variables.FOUNDED_YEAR);
        if (founded > reviewDay.getYear()) {
            throw new InvalidTaskInput(Variables.FOUNDED_YEAR, "cannot be after " + reviewDay.getYear());
        }
        Object level = execution.getVariable(Variables.OEM_BRAND_LEVEL);
        if (OemBrandLevel.of(level).isEmpty()) {
            throw new InvalidTaskInput(Variables.OEM_BRAND_LEVEL,
                    "must be one of " + Arrays.toString(OemBrandLevel.values()) + ", not " + level);
        }
        sent.flag(Variables.QUALITY_SYSTEM_CERTIFIED);
        sent.flag(Variables.NEW_MATERIAL_TECH);
        if (sent.count(Variables.ANNUAL_OUTPUT_UNITS) > Integer.MAX_VALUE || sent.count(Variables.HEADCOUNT) > Integer.MAX_VALUE
                || sent.count(Variables.PLANT_AREA_SQM) > Integer.MAX_VALUE) {
            throw new InvalidTaskInput(Variables.ANNUAL_OUTPUT_UNITS, "and the other counts must be below 2^31");
        }
        boolean preferred = FactoryPreference.preferred(sent.flag(Variables.OWN_OPERATIONS_TEAM),
                sent.flag(Variables.WILL_LIVE_STREAM), platforms(sent));
        return new Submission(report, founded, preferred);
    }

    private static Set<SelectivePlatform> platforms(TaskVariables sent) {
        var platforms = EnumSet.noneOf(SelectivePlatform.class);
        for (String code : sent.codes(Variables.SELECTIVE_PLATFORMS)) {
            platforms.add(SelectivePlatform.of(code).orElseThrow(() -> new InvalidTaskInput(Variables.SELECTIVE_PLATFORMS,
                    "has an unknown platform '" + code + "'; use the codes " + EnumSet.allOf(SelectivePlatform.class))));
        }
        return platforms;
    }
}
