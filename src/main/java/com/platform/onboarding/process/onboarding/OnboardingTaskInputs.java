package com.platform.onboarding.process.onboarding;

import static com.platform.onboarding.process.onboarding.MerchantOnboarding.Variables.*;

import com.platform.onboarding.process.QualificationFields;
import com.platform.onboarding.process.TaskInputs;
import com.platform.onboarding.process.onboarding.MerchantOnboarding.Elements;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/** The onboarding's tasks and what each takes: the qualification upload takes the required qualifications only. */
@Component
class OnboardingTaskInputs implements TaskInputs {

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

    @Override
    public Optional<Set<String>> of(String taskKey, Function<String, Object> variable) {
        if (Elements.UPLOAD_QUALIFICATIONS.equals(taskKey)) {
            return Optional.of(QualificationFields.of(RequiredQualifications.of(variable.apply(REQUIRED_QUALIFICATIONS))));
        }
        return Optional.ofNullable(FIXED.get(taskKey));
    }

    @Override
    public Set<String> shown() {
        return Set.of(REVIEW_FILE);
    }
}
