package com.platform.onboarding.notification;

/** What a merchant hears about, each with its subject and text in Chinese and English. */
public enum NotificationEvent {
    REGISTRATION_RECEIVED("入驻申请已受理", "Your application was received",
            "我们已收到「%s」的入驻申请，申请编号 %s。请登录任务中心继续。",
            "We received the application of %s, number %s. Sign in to Tasklist to continue."),
    APPLICATION_REJECTED("入驻申请未通过", "Your application was not accepted",
            "很遗憾，「%s」的入驻申请（%s）未通过。原因代码：%s。",
            "We are sorry: the application of %s (%s) was not accepted. Reason code: %s."),
    APPLICATION_WITHDRAWN("入驻申请已撤回", "Your application was withdrawn",
            "「%s」的入驻申请（%s）已按您的要求撤回；已缴保证金将退还。",
            "The application of %s (%s) was withdrawn as you asked; any deposit paid will be refunded."),
    MERCHANT_ACTIVATED("店铺已开通", "Your store is open",
            "恭喜！「%s」的店铺已开通（申请编号 %s）。",
            "Congratulations: the store of %s is open (application %s).");

    private final String subjectZh;
    private final String subjectEn;
    private final String bodyZh;
    private final String bodyEn;

    NotificationEvent(String subjectZh, String subjectEn, String bodyZh, String bodyEn) {
        this.subjectZh = subjectZh;
        this.subjectEn = subjectEn;
        this.bodyZh = bodyZh;
        this.bodyEn = bodyEn;
    }

    String subject() {
        return "商家入驻 Merchant Onboarding · " + subjectZh + " / " + subjectEn;
    }

    /** Chinese first, then English, for merchants on either side of the border. */
    String body(Object... facts) {
        return bodyZh.formatted(facts) + "\n\n" + bodyEn.formatted(facts);
    }
}
