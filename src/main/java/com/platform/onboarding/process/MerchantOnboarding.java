package com.platform.onboarding.process;

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
        public static final String REJECT_APPLICATION = "reject-application";
        public static final String APPLICATION_REJECTED = "application-rejected";
        public static final String JOINS_OVERSEAS_PLAN = "joins-overseas-plan";
        public static final String JOINS_OVERSEAS_PLAN_YES = "joins-overseas-plan-yes";
        public static final String JOINS_OVERSEAS_PLAN_NO = "joins-overseas-plan-no";
        public static final String SIGN_OVERSEAS_AGREEMENT = "sign-overseas-agreement";
        public static final String OVERSEAS_PLAN_SETTLED = "overseas-plan-settled";
        public static final String UPLOAD_QUALIFICATIONS = "upload-qualifications";
        public static final String QUALIFICATIONS_SUBMITTED = "qualifications-submitted";

        private Elements() {}
    }

    public static final class Forms {
        public static final String SIGN_OVERSEAS_AGREEMENT = "sign-overseas-agreement";
        public static final String UPLOAD_QUALIFICATIONS = "embedded:deployment:forms/upload-qualifications.html";

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

        private Variables() {}
    }

    private MerchantOnboarding() {}
}
