package com.platform.onboarding.process.onboarding;

import com.platform.onboarding.process.QualificationFields;

/** Mirrors bpmn/merchant-onboarding.bpmn: every id and variable name that code or tests use. */
public final class MerchantOnboarding {

    public static final String PROCESS_KEY = "merchant-onboarding";
    public static final String RESOURCE = "bpmn/merchant-onboarding.bpmn";

    public static final class Elements {
        public static final String APPLICATION_SUBMITTED = "application-submitted";
        public static final String SCREEN_MERCHANT = "screen-merchant";
        public static final String ON_RISK_LIST = "on-risk-list";
        public static final String ON_RISK_LIST_YES = "on-risk-list-yes";
        public static final String ON_RISK_LIST_NO = "on-risk-list-no";
        public static final String RISK_LISTED = "risk-listed";
        public static final String REJECT_APPLICATION = "reject-application";
        public static final String SCREEN_CREDIT_CODE = "screen-credit-code";
        public static final String CREDIT_CODE_ON_RISK_LIST = "credit-code-on-risk-list";
        public static final String CREDIT_CODE_ON_RISK_LIST_YES = "credit-code-on-risk-list-yes";
        public static final String CREDIT_CODE_ON_RISK_LIST_NO = "credit-code-on-risk-list-no";
        public static final String APPLICATION_REJECTED = "application-rejected";
        public static final String JOINS_OVERSEAS_PLAN = "joins-overseas-plan";
        public static final String JOINS_OVERSEAS_PLAN_YES = "joins-overseas-plan-yes";
        public static final String JOINS_OVERSEAS_PLAN_NO = "joins-overseas-plan-no";
        public static final String SIGN_OVERSEAS_AGREEMENT = "sign-overseas-agreement";
        public static final String CHECK_AGREEMENT = "check-agreement";
        public static final String DETERMINE_REQUIRED_QUALIFICATIONS = "determine-required-qualifications";
        public static final String QUALIFICATIONS_DUE = "qualifications-due";
        public static final String UPLOAD_QUALIFICATIONS = "upload-qualifications";
        public static final String CHECK_QUALIFICATIONS = "check-qualifications";
        public static final String QUALIFICATIONS_IN_ORDER = "qualifications-in-order";
        public static final String QUALIFICATIONS_IN_ORDER_YES = "qualifications-in-order-yes";
        public static final String QUALIFICATIONS_IN_ORDER_NO = "qualifications-in-order-no";
        public static final String REVIEW_QUALIFICATIONS = "review-qualifications";
        public static final String REVIEW_DECISION = "review-decision";
        public static final String REVIEW_DECISION_APPROVE = "review-decision-approve";
        public static final String REVIEW_DECISION_REQUEST_CHANGES = "review-decision-request-changes";
        public static final String REVIEW_DECISION_REJECT = "review-decision-reject";
        public static final String RECHECK_QUALIFICATIONS = "recheck-qualifications";
        public static final String STILL_IN_ORDER = "still-in-order";
        public static final String STILL_IN_ORDER_YES = "still-in-order-yes";
        public static final String STILL_IN_ORDER_NO = "still-in-order-no";
        public static final String REJECTED_ON_REVIEW = "rejected-on-review";
        public static final String REJECT_AFTER_REVIEW = "reject-after-review";
        public static final String QUALIFICATIONS_APPROVED = "qualifications-approved";
        public static final String READY_FOR_ACTIVATION = "ready-for-activation";
        public static final String DETERMINE_DEPOSIT = "determine-deposit";
        public static final String HIGH_RISK_CATEGORY = "high-risk-category";
        public static final String HIGH_RISK_CATEGORY_YES = "high-risk-category-yes";
        public static final String HIGH_RISK_CATEGORY_NO = "high-risk-category-no";
        public static final String SECOND_REVIEW_QUALIFICATIONS = "second-review-qualifications";
        public static final String SECOND_REVIEW_DECISION = "second-review-decision";
        public static final String SECOND_REVIEW_DECISION_APPROVE = "second-review-decision-approve";
        public static final String SECOND_REVIEW_DECISION_REQUEST_CHANGES = "second-review-decision-request-changes";
        public static final String SECOND_REVIEW_DECISION_REJECT = "second-review-decision-reject";
        public static final String DEPOSIT_DUE = "deposit-due";
        public static final String DEPOSIT_DUE_YES = "deposit-due-yes";
        public static final String DEPOSIT_DUE_NO = "deposit-due-no";
        public static final String AWAITING_DEPOSIT = "awaiting-deposit";
        public static final String DEPOSIT_PAID = "deposit-paid";
        public static final String RECORD_DEPOSIT_PAYMENT = "record-deposit-payment";
        public static final String DEPOSIT_COMPLETE = "deposit-complete";
        public static final String DEPOSIT_COMPLETE_YES = "deposit-complete-yes";
        public static final String DEPOSIT_COMPLETE_NO = "deposit-complete-no";
        public static final String ACTIVATE_MERCHANT = "activate-merchant";
        public static final String MERCHANT_ACTIVATED = "merchant-activated";
        public static final String FACTORY_PROGRAM = "factory-program";
        public static final String FACTORY_PROGRAM_YES = "factory-program-yes";
        public static final String FACTORY_PROGRAM_NO = "factory-program-no";
        public static final String FACTORY_AUDIT_DUE = "factory-audit-due";
        public static final String UPLOAD_FACTORY_AUDIT = "upload-factory-audit";
        public static final String CHECK_FACTORY_AUDIT = "check-factory-audit";
        public static final String FACTORY_AUDIT_IN_ORDER = "factory-audit-in-order";
        public static final String FACTORY_AUDIT_IN_ORDER_YES = "factory-audit-in-order-yes";
        public static final String FACTORY_AUDIT_IN_ORDER_NO = "factory-audit-in-order-no";
        public static final String DETERMINE_FACTORY_TIER = "determine-factory-tier";
        public static final String REVIEW_FACTORY = "review-factory";
        public static final String FACTORY_REVIEW_DECISION = "factory-review-decision";
        public static final String FACTORY_REVIEW_DECISION_APPROVE = "factory-review-decision-approve";
        public static final String FACTORY_REVIEW_DECISION_REQUEST_CHANGES = "factory-review-decision-request-changes";
        public static final String FACTORY_REVIEW_DECISION_REJECT = "factory-review-decision-reject";
        public static final String FACTORY_VERIFIED = "factory-verified";
        public static final String WITHDRAWAL = "withdrawal";
        public static final String MERCHANT_WITHDREW = "merchant-withdrew";
        public static final String WITHDRAW_APPLICATION = "withdraw-application";
        public static final String DEPOSIT_TO_REFUND = "deposit-to-refund";
        public static final String DEPOSIT_TO_REFUND_YES = "deposit-to-refund-yes";
        public static final String DEPOSIT_TO_REFUND_NO = "deposit-to-refund-no";
        public static final String REFUND_DEPOSIT = "refund-deposit";
        public static final String WITHDRAWAL_SETTLED = "withdrawal-settled";
        public static final String APPLICATION_WITHDRAWN = "application-withdrawn";
        public static final String APPLICATION_REJECTED_AFTER_REVIEW = "application-rejected-after-review";

        public static final String NOTIFY_DEPOSIT_DUE = "notify-deposit-due";
        public static final String WATCH_QUALIFICATIONS = "watch-qualifications";
        public static final String NOTIFY_QUALIFICATION_ISSUES = "notify-qualification-issues";
        public static final String NOTIFY_RECHECK_ISSUES = "notify-recheck-issues";
        public static final String NOTIFY_FACTORY_AUDIT_ISSUES = "notify-factory-audit-issues";
        public static final String NOTIFY_SECOND_REVIEW_CHANGES = "notify-second-review-changes";
        public static final String NOTIFY_REVIEW_CHANGES = "notify-review-changes";
        public static final String NOTIFY_FACTORY_REVIEW_CHANGES = "notify-factory-review-changes";
        public static final String AGREEMENT_REMINDER_DUE = "agreement-reminder-due";
        public static final String AGREEMENT_DEADLINE_PASSED = "agreement-deadline-passed";
        public static final String REMIND_TO_SIGN_AGREEMENT = "remind-to-sign-agreement";
        public static final String AGREEMENT_REMINDER_SENT = "agreement-reminder-sent";
        public static final String LAPSE_WITHOUT_AGREEMENT = "lapse-without-agreement";
        public static final String LAPSED_WITHOUT_AGREEMENT = "lapsed-without-agreement";
        public static final String QUALIFICATIONS_REMINDER_DUE = "qualifications-reminder-due";
        public static final String QUALIFICATIONS_DEADLINE_PASSED = "qualifications-deadline-passed";
        public static final String REMIND_TO_UPLOAD_QUALIFICATIONS = "remind-to-upload-qualifications";
        public static final String QUALIFICATIONS_REMINDER_SENT = "qualifications-reminder-sent";
        public static final String LAPSE_WITHOUT_QUALIFICATIONS = "lapse-without-qualifications";
        public static final String LAPSED_WITHOUT_QUALIFICATIONS = "lapsed-without-qualifications";
        public static final String FACTORY_AUDIT_REMINDER_DUE = "factory-audit-reminder-due";
        public static final String FACTORY_AUDIT_DEADLINE_PASSED = "factory-audit-deadline-passed";
        public static final String REMIND_TO_UPLOAD_FACTORY_AUDIT = "remind-to-upload-factory-audit";
        public static final String FACTORY_AUDIT_REMINDER_SENT = "factory-audit-reminder-sent";
        public static final String LAPSE_WITHOUT_FACTORY_AUDIT = "lapse-without-factory-audit";
        public static final String LAPSED_WITHOUT_FACTORY_AUDIT = "lapsed-without-factory-audit";
        public static final String DEPOSIT_REMINDER_DUE = "deposit-reminder-due";
        public static final String DEPOSIT_DEADLINE_PASSED = "deposit-deadline-passed";
        public static final String REMIND_TO_PAY_DEPOSIT = "remind-to-pay-deposit";
        public static final String DEPOSIT_REMINDER_SENT = "deposit-reminder-sent";
        public static final String LAPSE_WITHOUT_DEPOSIT = "lapse-without-deposit";
        public static final String LAPSED_WITHOUT_DEPOSIT = "lapsed-without-deposit";
        public static final String REVIEW_SLA_BREACHED = "review-sla-breached";
        public static final String ESCALATE_REVIEW = "escalate-review";
        public static final String REVIEW_ESCALATED = "review-escalated";
        public static final String SECOND_REVIEW_SLA_BREACHED = "second-review-sla-breached";
        public static final String ESCALATE_SECOND_REVIEW = "escalate-second-review";
        public static final String SECOND_REVIEW_ESCALATED = "second-review-escalated";
        public static final String FACTORY_REVIEW_SLA_BREACHED = "factory-review-sla-breached";
        public static final String ESCALATE_FACTORY_REVIEW = "escalate-factory-review";
        public static final String FACTORY_REVIEW_ESCALATED = "factory-review-escalated";
        public static final String COLLECT_DEPOSIT = "collect-deposit";
        public static final String DEPOSIT_REQUESTED = "deposit-requested";
        public static final String DEPOSIT_COLLECTED = "deposit-collected";

        public static final String LAPSED_DEPOSIT_TO_REFUND = "lapsed-deposit-to-refund";
        public static final String LAPSED_DEPOSIT_TO_REFUND_YES = "lapsed-deposit-to-refund-yes";
        public static final String LAPSED_DEPOSIT_TO_REFUND_NO = "lapsed-deposit-to-refund-no";
        public static final String REFUND_LAPSED_DEPOSIT = "refund-lapsed-deposit";
        public static final String LAPSED_DEPOSIT_REFUNDED = "lapsed-deposit-refunded";

        private Elements() {}
    }

    public static final class Messages {
        public static final String DEPOSIT_PAID = "DepositPaid";
        public static final String MERCHANT_WITHDRAWAL = "MerchantWithdrawal";

        private Messages() {}
    }

    public static final class Decisions {
        public static final String REQUIRED_QUALIFICATIONS = "required-qualifications";
        public static final String CATEGORY_DEPOSIT = "category-deposit";

        private Decisions() {}
    }

    public static final class Forms {
        public static final String SIGN_OVERSEAS_AGREEMENT = "sign-overseas-agreement";
        public static final String REVIEW_QUALIFICATIONS = "review-qualifications";
        public static final String UPLOAD_QUALIFICATIONS = "upload-qualifications";
        public static final String REFUND_DEPOSIT = "refund-deposit";
        public static final String UPLOAD_FACTORY_AUDIT = "upload-factory-audit";
        public static final String REVIEW_FACTORY = "review-factory";

        private Forms() {}
    }

    public static final class Variables {
        public static final String APPLICATION_ID = "applicationId";
        public static final String MERCHANT_USERNAME = "merchantUsername";
        public static final String MERCHANT_NAME = "merchantName";
        public static final String CONTACT_EMAIL = "contactEmail";
        public static final String ENTITY_TYPE = "entityType";
        public static final String CATEGORY = "category";
        public static final String OVERSEAS_MARKETS = "overseasMarkets";
        public static final String FACTORY_PROGRAM = "factoryProgram";
        public static final String AGREEMENT_ACCEPTED = "agreementAccepted";
        public static final String COMMITTED_SHIPPING_DAYS = "committedShippingDays";
        public static final String ON_RISK_LIST = "onRiskList";
        public static final String REJECTION_REASON = "rejectionReason";
        /** A JSON array of prefixes (RequiredQualifications reads it). */
        public static final String REQUIRED_QUALIFICATIONS = "requiredQualifications";
        /** The same, comma-separated: what the portal and the renewal task read as text. */
        public static final String REQUIRED_QUALIFICATIONS_TEXT = QualificationFields.REQUIRED_TEXT;
        public static final String QUALIFICATION_ISSUES = QualificationFields.ISSUES;
        public static final String QUALIFICATIONS_IN_ORDER = "qualificationsInOrder";
        /** Task-local on every review: the whole file the reviewer decides on (ReviewFiles), written by us only. */
        public static final String REVIEW_FILE = "reviewFile";
        public static final String DECISION = "decision";
        public static final String DECISION_REASON = "decisionReason";
        public static final String REVIEW_DAY = "reviewDay";
        /** Who completed the review just now: transient, from FourEyes to the delegate that records it. */
        public static final String LAST_REVIEWER = "lastReviewer";
        /** The decision's figure, for people to read; what decides is the recorded deposit (deposit.Deposits). */
        public static final String DEPOSIT_AMOUNT = "depositAmount";
        /** Set by DepositPaid (correlated by our code only): names a payment in the ledger, which holds its amount. */
        public static final String PAYMENT_REFERENCE = "paymentReference";
        public static final String REFUND_REFERENCE = "refundReference";
        public static final String AUDIT_ISSUER = "auditIssuer";
        public static final String AUDIT_ISSUED_ON = "auditIssuedOn";
        public static final String AUDIT_REPORT_DOCUMENT = "auditReportDocument";
        public static final String HAS_ODM_TEAM = "hasOdmTeam";
        public static final String HAS_PRODUCTION_MANAGEMENT = "hasProductionManagement";
        public static final String QUALITY_SYSTEM_CERTIFIED = "qualitySystemCertified";
        public static final String ANNUAL_OUTPUT_UNITS = "annualOutputUnits";
        public static final String HEADCOUNT = "headcount";
        public static final String FOUNDED_YEAR = "foundedYear";
        public static final String PLANT_AREA_SQM = "plantAreaSqm";
        public static final String OEM_BRAND_LEVEL = "oemBrandLevel";
        public static final String NEW_MATERIAL_TECH = "newMaterialTech";
        public static final String OWN_OPERATIONS_TEAM = "ownOperationsTeam";
        public static final String WILL_LIVE_STREAM = "willLiveStream";
        public static final String SELECTIVE_PLATFORMS = "selectivePlatforms";
        public static final String YEARS_IN_OPERATION = "yearsInOperation";
        public static final String PRIORITY = "priority";
        public static final String FACTORY_AUDIT_IN_ORDER = "factoryAuditInOrder";
        /** The decision's tier and reason, as text (ApplyFactoryReviewListener reads the tier when none overrides it). */
        public static final String SUGGESTED_TIER = "suggestedTier";
        public static final String SUGGESTED_TIER_REASON = "suggestedTierReason";
        public static final String TIER = "tier";
        public static final String TIER_OVERRIDE = "tierOverride";
        public static final String TIER_OVERRIDE_REASON = "tierOverrideReason";
        /** When an unpaid deposit lapses the application: stated in the deposit-due e-mail, read by the timer. */
        public static final String DEPOSIT_DUE_AT = "depositDueAt";
        /** Inputs of the reminder, lapse and escalation tasks: which task, its names, why the application lapsed. */
        public static final String MERCHANT_TASK = "merchantTask";
        public static final String TASK_NAME_ZH = "taskNameZh";
        public static final String TASK_NAME_EN = "taskNameEn";
        public static final String LAPSE_REASON = "lapseReason";
        public static final String REVIEW_TASK = "reviewTask";
        // The per-qualification fields, {prefix}HolderName and the like, are QualificationFields: a renewal takes them too.

        private Variables() {}
    }

    private MerchantOnboarding() {}
}
