package com.platform.onboarding.factory;

import com.platform.onboarding.qualification.QualificationIssue;
import com.platform.onboarding.Effective;
import com.platform.onboarding.rules.EffectiveValues;
import com.platform.onboarding.rules.Rule;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Judges a factory merchant's audit report and set-up (RULES.md §3): an accepted issuer, a document, a third-party
 * report issued within the last year, an own ODM team and a working production-management process. Issues are qualification issues so
 * that the process shows them in the same correction loop as the licences.
 */
public final class FactoryAuditRules {

    static final String QUALIFICATION = "factoryAudit";

    private final EffectiveValues<Period> thirdPartyMaxAge;

    /** @param thirdPartyMaxAge how old a third-party report may be on the review day, each from the day it takes effect */
    public FactoryAuditRules(List<Effective<Period>> thirdPartyMaxAge) {
        this.thirdPartyMaxAge = new EffectiveValues<>(thirdPartyMaxAge);
    }

    /** The age limit as staff read it on {@code GET /api/rules}. */
    public Rule thirdPartyMaxAgeRule() {
        return new Rule("third-party-audit-max-age", "第三方验厂报告最长时限", "Oldest third-party factory audit report",
                "period", thirdPartyMaxAge);
    }

    /** @param reviewDay the business date the review is judged on, so that a review can be replayed */
    public List<QualificationIssue> check(FactoryAudit audit, LocalDate reviewDay) {
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(reviewDay, "reviewDay");
        var issues = new ArrayList<QualificationIssue>();
        checkIssuer(issues, audit.auditIssuer());
        if (!audit.hasReportDocument()) {
            issues.add(issue("DOCUMENT_MISSING",
                    "验厂验仓报告未上传文件，请上传报告扫描件。",
                    "The factory audit report has no document attached: please upload a scan of it."));
        }
        checkIssuedOn(issues, audit.auditIssuer(), audit.auditIssuedOn(), reviewDay, thirdPartyMaxAge.on(reviewDay));
        if (!audit.hasOdmTeam()) {
            issues.add(issue("NO_ODM_TEAM",
                    "工厂须有独立的 ODM 设计开发团队。",
                    "The factory must have its own independent ODM design and development team."));
        }
        if (!audit.hasProductionManagement()) {
            issues.add(issue("NO_PRODUCTION_MANAGEMENT",
                    "工厂须有清晰的生产管理流程并有效落地。",
                    "The factory must have a clear production-management process that is followed in practice."));
        }
        return issues;
    }

    private static void checkIssuer(List<QualificationIssue> issues, String issuer) {
        if (AuditIssuer.of(issuer).isPresent()) {
            return;
        }
        String acceptedZh = Arrays.stream(AuditIssuer.values()).map(AuditIssuer::nameZh).collect(Collectors.joining("、"));
        String acceptedEn = Arrays.stream(AuditIssuer.values()).map(AuditIssuer::nameEn).collect(Collectors.joining(", "));
        if (issuer == null || issuer.isBlank()) {
            issues.add(issue("AUDIT_ISSUER_NOT_ACCEPTED",
                    "请选择验厂验仓报告的出具机构：" + acceptedZh + "。",
                    "Please choose who issued the factory audit report: " + acceptedEn + "."));
        } else {
            issues.add(issue("AUDIT_ISSUER_NOT_ACCEPTED",
                    "不认可“" + issuer + "”出具的验厂验仓报告，出具机构须为：" + acceptedZh + "。",
                    "A factory audit report issued by '" + issuer + "' is not accepted: it must come from one of "
                            + acceptedEn + "."));
        }
    }

    /**
     * The notice asks for "近一年内" (issued within the last year, {@code maxAge} P1Y) of third-party reports only: the
     * platform's own audit has no age limit (the platform keeps its audits current itself), though it cannot be dated
     * after the review day. A year is {@link LocalDate#minus}: issued exactly one year before the review day passes
     * (365 days outside a leap year), a day earlier fails. On leap days that means a year before 2025-03-01 is 2024-03-01, so 2024-02-29
     * is too old, and a year before 2025-02-28 is 2024-02-28.
     */
    private static void checkIssuedOn(List<QualificationIssue> issues, String issuer, LocalDate issuedOn,
            LocalDate reviewDay, Period maxAge) {
        if (issuedOn == null) {
            issues.add(issue("AUDIT_DATE_MISSING",
                    "请填写验厂验仓报告的出具日期。",
                    "Please give the date the factory audit report was issued."));
            return;
        }
        if (issuedOn.isAfter(reviewDay)) {
            issues.add(issue("AUDIT_DATE_IN_FUTURE",
                    "验厂验仓报告的出具日期 " + issuedOn + " 晚于审核日 " + reviewDay + "，请核对。",
                    "The factory audit report is dated " + issuedOn + ", after the review day, " + reviewDay
                            + ": please check the date."));
            return;
        }
        if (AuditIssuer.of(issuer).filter(i -> i == AuditIssuer.PLATFORM).isPresent()) {
            return;
        }
        LocalDate earliest = reviewDay.minus(maxAge);
        if (issuedOn.isBefore(earliest)) {
            issues.add(issue("AUDIT_REPORT_TOO_OLD",
                    "第三方验厂验仓报告出具于 " + issuedOn + "，须在 " + earliest + " 当日或之后出具，请提交新的报告。",
                    "The third-party factory audit report was issued on " + issuedOn + ": it must be issued on or after "
                            + earliest + "; please submit a newer one."));
        }
    }

    private static QualificationIssue issue(String code, String messageZh, String messageEn) {
        return new QualificationIssue(code, QUALIFICATION, messageZh, messageEn);
    }
}
