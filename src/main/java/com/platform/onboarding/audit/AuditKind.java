package com.platform.onboarding.audit;

/** What an entry of the trail records, with its words in the pack. */
public enum AuditKind {
    REGISTERED("Registered", "提交入驻申请"),
    SCREENED("Screened against the risk list", "风险名单筛查"),
    DOCUMENT_UPLOADED("Document uploaded", "上传文件"),
    CHECKED("Automated check", "自动校验"),
    DECISION_EVALUATED("Decision table evaluated", "决策表评估"),
    REVIEW_DECISION("Review decision", "审核决定"),
    TIER_DECIDED("Factory tier: suggested and decided", "工厂等级：建议与认定"),
    PAYMENT("Deposit payment", "保证金缴纳"),
    REFUND("Refund", "退款"),
    ACTIVATED("Store activated", "店铺开通"),
    REJECTED("Rejected", "驳回"),
    LAPSED("Lapsed", "逾期失效"),
    WITHDRAWN("Withdrawn", "撤回"),
    SUSPENDED("Suspended", "暂停"),
    REINSTATED("Reinstated after renewal", "续期后恢复"),
    LEFT_OVERSEAS_PLAN("Left the overseas plan", "退出出海计划");

    public final String en;
    public final String zh;

    AuditKind(String en, String zh) {
        this.en = en;
        this.zh = zh;
    }
}
