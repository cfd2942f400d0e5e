package com.platform.onboarding.process.onboarding;

import com.platform.onboarding.audit.AuditKind;
import com.platform.onboarding.merchant.RejectionReason;
import com.platform.onboarding.process.AuditRecords;
import com.platform.onboarding.process.QualificationFields;
import com.platform.onboarding.process.onboarding.MerchantOnboarding.Variables;
import com.platform.onboarding.screening.Screening;
import java.util.LinkedHashMap;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Screening against the risk list: at entry by name, the one identity a registration carries; again once the
 * qualifications carry a unified social credit code, by that code too.
 */
@Component
class ScreenMerchantDelegate implements JavaDelegate {

    private static final List<String> CREDIT_CODE_FIELDS = List.of("domesticEntrusted" + QualificationFields.NUMBER,
            "businessLicense" + QualificationFields.NUMBER);

    private final Screening screening;
    private final AuditRecords audit;

    ScreenMerchantDelegate(Screening screening, AuditRecords audit) {
        this.screening = screening;
        this.audit = audit;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String creditCode = creditCode(execution);
        var hit = screening.screen((String) execution.getVariable(Variables.MERCHANT_NAME), creditCode);
        var details = new LinkedHashMap<String, Object>();
        details.put("creditCode", creditCode == null ? "" : creditCode);
        details.put("listed", hit.isPresent());
        hit.ifPresent(h -> {
            details.put("entryId", h.entryId());
            details.put("entryReason", h.reason().name());
            details.put("matchedOn", h.matchedOn());
        });
        audit.record(execution, AuditKind.SCREENED, null, details);
        execution.setVariable(Variables.ON_RISK_LIST, hit.isPresent());
        hit.ifPresent(h -> execution.setVariable(Variables.REJECTION_REASON, RejectionReason.listed(h.reason()).name()));
    }

    /** The mainland enterprise's code: the entrusted enterprise's for an overseas merchant, else the licence's. */
    private static String creditCode(DelegateExecution execution) {
        for (String field : CREDIT_CODE_FIELDS) {
            if (execution.getVariable(field) instanceof String code && !code.isBlank()) {
                return code;
            }
        }
        return null;
    }
}
