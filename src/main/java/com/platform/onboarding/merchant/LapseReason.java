package com.platform.onboarding.merchant;

/** What the merchant did not do in time, said so that they know why the application ended. */
public enum LapseReason {
    AGREEMENT_NOT_SIGNED("签署出海协议", "signing the overseas agreement"),
    QUALIFICATIONS_NOT_UPLOADED("上传资质", "uploading the qualifications"),
    FACTORY_AUDIT_NOT_UPLOADED("上传验厂验仓报告", "uploading the factory audit report"),
    DEPOSIT_NOT_PAID("缴纳类目保证金", "paying the category deposit");

    final String zh;
    final String en;

    LapseReason(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }
}
