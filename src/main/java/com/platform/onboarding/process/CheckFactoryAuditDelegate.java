package com.platform.onboarding.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.platform.onboarding.OnboardingProperties;
import com.platform.onboarding.factory.FactoryAudit;
import com.platform.onboarding.factory.FactoryAuditRules;
import com.platform.onboarding.factory.FactoryPreference;
import com.platform.onboarding.factory.OemBrandLevel;
import com.platform.onboarding.factory.SelectivePlatform;
import com.platform.onboarding.process.MerchantOnboarding.Variables;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Judges the factory audit on today's business date, and readies the facts the tier decision reads. Facts that
 * cannot be read (a missing number, an unknown brand level or platform) are refused at completion, 400, naming the
 * field; a report that fails a rule is an issue in the same loop as the qualifications.
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

    @Override
    public void execute(DelegateExecution execution) throws JsonProcessingException {
        var reviewDay = LocalDate.ofInstant(clock.instant(), businessZone);
        Object issuer = execution.getVariable(Variables.AUDIT_ISSUER);
        if (issuer != null && !(issuer instanceof String)) {
            throw new InvalidTaskInput(Variables.AUDIT_ISSUER, "must be text, not " + issuer);
        }
        var audit = new FactoryAudit((String) issuer,
                date(execution, Variables.AUDIT_ISSUED_ON),
                UploadedDocuments.check(execution, Variables.AUDIT_REPORT_DOCUMENT),
                flag(execution, Variables.HAS_ODM_TEAM), flag(execution, Variables.HAS_PRODUCTION_MANAGEMENT));

        var issues = rules.check(audit, reviewDay);

        long founded = count(execution, Variables.FOUNDED_YEAR);
        if (founded > reviewDay.getYear()) {
            throw new InvalidTaskInput(Variables.FOUNDED_YEAR, "cannot be after " + reviewDay.getYear());
        }
        Object level = execution.getVariable(Variables.OEM_BRAND_LEVEL);
        if (OemBrandLevel.of(level).isEmpty()) {
            throw new InvalidTaskInput(Variables.OEM_BRAND_LEVEL,
                    "must be one of " + Arrays.toString(OemBrandLevel.values()) + ", not " + level);
        }
        flag(execution, Variables.QUALITY_SYSTEM_CERTIFIED);
        flag(execution, Variables.NEW_MATERIAL_TECH);
        if (count(execution, Variables.ANNUAL_OUTPUT_UNITS) > Integer.MAX_VALUE
                || count(execution, Variables.HEADCOUNT) > Integer.MAX_VALUE
                || count(execution, Variables.PLANT_AREA_SQM) > Integer.MAX_VALUE) {
            throw new InvalidTaskInput(Variables.ANNUAL_OUTPUT_UNITS, "and the other counts must be below 2^31");
        }
        boolean preferred = FactoryPreference.preferred(flag(execution, Variables.OWN_OPERATIONS_TEAM),
                flag(execution, Variables.WILL_LIVE_STREAM), platforms(execution));

        execution.setVariable(Variables.REVIEW_DAY, reviewDay.toString());
        execution.setVariable(Variables.YEARS_IN_OPERATION, reviewDay.getYear() - founded);
        execution.setVariable(Variables.PRIORITY, preferred);
        execution.setVariable(Variables.QUALIFICATION_ISSUES, json.writeValueAsString(issues));
        execution.setVariable(Variables.FACTORY_AUDIT_IN_ORDER, issues.isEmpty());
        this.audit.documents(execution);
        this.audit.checked(execution, "factoryAudit", issues, java.util.Map.of("reviewDay", reviewDay.toString(),
                "preferred", preferred));
    }

    private static Set<SelectivePlatform> platforms(DelegateExecution execution) {
        var platforms = EnumSet.noneOf(SelectivePlatform.class);
        Object value = execution.getVariable(Variables.SELECTIVE_PLATFORMS);
        if (value instanceof String list && !list.isBlank()) {
            for (String code : list.split(",")) {
                platforms.add(SelectivePlatform.of(code).orElseThrow(() -> new InvalidTaskInput(
                        Variables.SELECTIVE_PLATFORMS, "has an unknown platform '" + code.strip() + "'; use the codes "
                                + EnumSet.allOf(SelectivePlatform.class))));
            }
        }
        return platforms;
    }

    private static boolean flag(DelegateExecution execution, String field) {
        Object value = execution.getVariable(field);
        if (!(value instanceof Boolean b)) {
            throw new InvalidTaskInput(field, "is required, true or false");
        }
        return b;
    }

    private static long count(DelegateExecution execution, String field) {
        Object value = execution.getVariable(field);
        if (!(value instanceof Number n) || n.doubleValue() != Math.floor(n.doubleValue()) || n.doubleValue() < 0) {
            throw new InvalidTaskInput(field, "is required, a whole number of at least 0, not " + value);
        }
        return n.longValue();
    }

    /** A missing date is a rule failure (AUDIT_DATE_MISSING); a date that cannot be read is a typo to fix. */
    private static LocalDate date(DelegateExecution execution, String field) {
        Object value = execution.getVariable(field);
        if (!(value instanceof String text) || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidTaskInput(field, "must be a date as yyyy-MM-dd, not '" + text + "'");
        }
    }
}
