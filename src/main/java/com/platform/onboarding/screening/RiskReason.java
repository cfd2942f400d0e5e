package com.platform.onboarding.screening;

/** Why the platform does not admit a merchant (不招商), as the factory-programme notice lists it. */
public enum RiskReason {
    STOLEN_IMAGES("盗用图片或明星街拍图", "stolen images or celebrity street-snap images"),
    MAJOR_COMPLAINT("重大客诉（人身伤害、恶劣影响、欺诈、资质缺失）",
            "a major customer complaint (injury, bad influence, fraud, missing qualifications)"),
    COUNTERFEIT("售假或仿冒且申诉未成功", "counterfeit or knock-off goods, appeal failed"),
    DISTRIBUTION_SELLER("以分销或档口批发商品为主", "mainly distributed or wholesale-stall goods");

    private final String zh;
    private final String en;

    RiskReason(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String messageZh() {
        return "平台暂不招募该商家：" + zh + "。";
    }

    public String messageEn() {
        return "The platform does not admit this merchant: " + en + ".";
    }
}
