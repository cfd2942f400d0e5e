package com.platform.onboarding.notification;

/** What a merchant hears about, each with its subject and text in Chinese and English. */
public enum NotificationEvent {
    /** The first e-mail: it carries the link that confirms the address. */
    REGISTRATION_RECEIVED("入驻申请已受理", "Your application was received",
            "我们已收到「%1$s」的入驻申请，申请编号 %2$s。请打开以下链接确认您的邮箱，之后我们才会向此邮箱发送其他通知："
                    + NotificationEvent.LINK_PLACEHOLDER + "\n然后登录商家中心继续。",
            "We received the application of %1$s, number %2$s. Please open this link to confirm your e-mail address;"
                    + " until then we send nothing else to it: " + NotificationEvent.LINK_PLACEHOLDER
                    + "\nThen sign in to the merchant portal to continue."),
    /** The link again, when the merchant asks for it. */
    ADDRESS_CONFIRMATION("请确认您的邮箱", "Please confirm your e-mail address",
            "请打开以下链接确认「%1$s」（%2$s）的联系邮箱：" + NotificationEvent.LINK_PLACEHOLDER,
            "Please open this link to confirm the contact address of %1$s (%2$s): " + NotificationEvent.LINK_PLACEHOLDER),
    APPLICATION_REJECTED("入驻申请未通过", "Your application was not accepted",
            "很遗憾，「%s」的入驻申请（%s）未通过。原因代码：%s。",
            "We are sorry: the application of %s (%s) was not accepted. Reason code: %s."),
    APPLICATION_WITHDRAWN("入驻申请已撤回", "Your application was withdrawn",
            "「%s」的入驻申请（%s）已按您的要求撤回；已缴保证金将退还。",
            "The application of %s (%s) was withdrawn as you asked; any deposit paid will be refunded."),
    MERCHANT_ACTIVATED("店铺已开通", "Your store is open",
            "恭喜！「%s」的店铺已开通（申请编号 %s）。",
            "Congratulations: the store of %s is open (application %s)."),
    /** Facts: the issues' texts in Chinese, then in English. */
    QUALIFICATION_ISSUES_FOUND("资质需要修改", "Your qualifications need changes",
            "「%1$s」的入驻申请（%2$s）提交的资质有以下问题，请登录商家中心修改后重新提交：%n%3$s",
            "The qualifications submitted for %1$s (application %2$s) have these issues; please sign in to the merchant"
                    + " portal, fix them and submit again:%n%4$s"),
    /** Facts: the reviewer's reason, as written. */
    CHANGES_REQUESTED("审核员要求修改", "The reviewer asks for changes",
            "「%1$s」的入驻申请（%2$s）需要修改后重新提交。审核员意见：%3$s",
            "The application of %1$s (%2$s) needs changes before it can go on. The reviewer writes: %3$s"),
    /** Facts: the amount in CNY, the deadline. */
    DEPOSIT_DUE("请缴纳类目保证金", "Your category deposit is due",
            "「%1$s」的资质审核已通过（%2$s）。请于 %4$s 前缴纳类目保证金 %3$s 元，逾期申请将失效。",
            "The qualifications of %1$s are approved (%2$s). Please pay the category deposit of CNY %3$s by %4$s;"
                    + " after that the application lapses."),
    /** Facts: the task's name in Chinese and English, its deadline. */
    TASK_REMINDER("待办提醒", "A task is waiting for you",
            "「%1$s」的入驻申请（%2$s）还有一项待办：%3$s。请于 %5$s 前在商家中心完成，逾期申请将失效。",
            "The application of %1$s (%2$s) is waiting for you: %4$s. Please complete it in the merchant portal by %5$s;"
                    + " after that the application lapses."),
    /** Facts: the amount still to pay in CNY, the deadline. */
    DEPOSIT_REMINDER("保证金缴纳提醒", "Reminder: your category deposit",
            "「%1$s」的入驻申请（%2$s）尚需缴纳保证金 %3$s 元，截止 %4$s，逾期申请将失效。",
            "The application of %1$s (%2$s) still needs a deposit of CNY %3$s, due by %4$s;"
                    + " after that the application lapses."),
    /** Facts: what was not done in time, in Chinese and English. */
    APPLICATION_LAPSED("入驻申请已失效", "Your application has lapsed",
            "「%1$s」的入驻申请（%2$s）因未在期限内%3$s而失效。如需入驻，请重新申请。",
            "The application of %1$s (%2$s) has lapsed: %4$s was not done in time. You are welcome to apply again."),
    /** To ops. Facts: the task's name in Chinese and English, when it was due. */
    REVIEW_OVERDUE("审核超时", "A review is overdue",
            "「%1$s」的入驻申请（%2$s）的审核任务「%3$s」已于 %5$s 超过时限，已提高优先级，请尽快处理。",
            "The review task '%4$s' of %1$s (application %2$s) was due %5$s and is overdue; its priority was raised."),
    /** Facts: the qualification's name in Chinese and English, its last valid day, the days left. */
    QUALIFICATION_EXPIRING("资质即将到期", "A qualification expires soon",
            "「%1$s」（%2$s）的%3$s将于 %5$s 到期（剩余 %6$s 天）。请在商家中心的「更新资质」任务中上传新证件，"
                    + "到期未更新店铺将被暂停。",
            "The %4$s of %1$s (%2$s) expires on %5$s (%6$s days left). Please upload the renewed licence in the"
                    + " 'Renew qualification' task in the merchant portal; otherwise the store is suspended when it expires."),
    /** To the merchant and to ops. Facts: the qualification's name in Chinese and English, its last valid day. */
    MERCHANT_SUSPENDED("店铺已暂停", "The store is suspended",
            "「%1$s」（%2$s）的%3$s已于 %5$s 到期且未更新，店铺已暂停。上传有效证件后即恢复。",
            "The %4$s of %1$s (%2$s) expired after %5$s and was not renewed: the store is suspended until a valid"
                    + " one is uploaded."),
    /**
     * To ops, about no application: an account held after wrong passwords from many addresses. Facts: the user name,
     * until when (business zone), then a line in Chinese and one in English on alerts withheld since (or empty).
     */
    ACCOUNT_HELD("账户登录已暂停", "An account is held after failed logins",
            "账户「%1$s」在短时间内从多个地址收到大量错误密码，登录已暂停至 %2$s，届时自动恢复。请核查是否遭受攻击。%3$s",
            "The account '%1$s' received many wrong passwords from many addresses in a short time: its logins are held"
                    + " until %2$s, when it opens by itself. Please check whether it is under attack.%4$s"),
    /** Facts: the qualification's name in Chinese and English, the new last valid day. */
    QUALIFICATION_RENEWED("资质已更新", "Qualification renewed",
            "「%1$s」（%2$s）的%3$s已更新，有效期至 %5$s。",
            "The %4$s of %1$s (%2$s) is renewed and valid until %5$s."),
    /** Facts: the qualification's name in Chinese and English, the issues' texts in Chinese and English. */
    RENEWAL_REFUSED("资质更新未通过", "The renewal was not accepted",
            "「%1$s」（%2$s）提交的%3$s更新未通过：%n%5$s",
            "The renewed %4$s submitted for %1$s (%2$s) was not accepted:%n%6$s");

    /**
     * Where the confirmation link goes: the recorded text keeps this (the portal shows it, and whoever registered must
     * not confirm an address they cannot read), the e-mail gets the link in its place when it is sent.
     */
    static final String LINK_PLACEHOLDER = "[确认链接仅在邮件中 / the link is in the e-mail only]";

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

    boolean carriesConfirmationLink() {
        return this == REGISTRATION_RECEIVED || this == ADDRESS_CONFIRMATION;
    }

    String subject() {
        return "商家入驻 Merchant Onboarding · " + subjectZh + " / " + subjectEn;
    }

    /** Chinese first, then English, for merchants on either side of the border. */
    String body(Object... facts) {
        return bodyZh.formatted(facts) + "\n\n" + bodyEn.formatted(facts);
    }
}
