package com.platform.onboarding.process;

import static com.platform.onboarding.process.MerchantOnboarding.Variables.*;

import com.platform.onboarding.process.MerchantOnboarding.Elements;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The fields each task takes. A completion could otherwise write any process variable, including those that decide
 * (the deposit, who reviewed, the tier, what was agreed), so everything else is refused.
 */
final class TaskInputs {

    private static final List<String> QUALIFICATION_FIELDS = List.of(HOLDER_NAME, NUMBER, CATEGORIES, VALID_FROM,
            VALID_UNTIL, DOCUMENT);

    private static final Map<String, Set<String>> FIXED = Map.of(
            Elements.SIGN_OVERSEAS_AGREEMENT, Set.of(AGREEMENT_ACCEPTED, COMMITTED_SHIPPING_DAYS),
            Elements.REVIEW_QUALIFICATIONS, Set.of(DECISION, DECISION_REASON),
            Elements.SECOND_REVIEW_QUALIFICATIONS, Set.of(DECISION, DECISION_REASON),
            Elements.UPLOAD_FACTORY_AUDIT, Set.of(AUDIT_ISSUER, AUDIT_ISSUED_ON, AUDIT_REPORT_DOCUMENT, HAS_ODM_TEAM,
                    HAS_PRODUCTION_MANAGEMENT, QUALITY_SYSTEM_CERTIFIED, ANNUAL_OUTPUT_UNITS, HEADCOUNT, FOUNDED_YEAR,
                    PLANT_AREA_SQM, OEM_BRAND_LEVEL, NEW_MATERIAL_TECH, OWN_OPERATIONS_TEAM, WILL_LIVE_STREAM,
                    SELECTIVE_PLATFORMS),
            Elements.REVIEW_FACTORY, Set.of(DECISION, DECISION_REASON, TIER_OVERRIDE, TIER_OVERRIDE_REASON),
            Elements.REFUND_DEPOSIT, Set.of(REFUND_REFERENCE),
            Elements.REFUND_LAPSED_DEPOSIT, Set.of(REFUND_REFERENCE));

    /**
     * The qualification upload takes the fields of the required qualifications only, a renewal those of its own
     * qualification; unknown tasks take nothing.
     *
     * @param variable the task's variables by name
     */
    static Set<String> of(String taskKey, Function<String, Object> variable) {
        if (Elements.UPLOAD_QUALIFICATIONS.equals(taskKey)) {
            return qualificationFields(RequiredQualifications.of(variable.apply(REQUIRED_QUALIFICATIONS)));
        }
        if (QualificationExpiryWatch.Elements.RENEW_QUALIFICATION.equals(taskKey)) {
            return qualificationFields(List.of((String) variable.apply(QualificationExpiryWatch.Variables.QUALIFICATION_TYPE)));
        }
        return taskKey == null ? Set.of() : FIXED.getOrDefault(taskKey, Set.of());
    }

    private static Set<String> qualificationFields(List<String> prefixes) {
        var fields = new HashSet<String>();
        for (String prefix : prefixes == null ? List.<String>of() : prefixes) {
            QUALIFICATION_FIELDS.forEach(suffix -> fields.add(prefix + suffix));
        }
        return fields;
    }

    private TaskInputs() {}
}
