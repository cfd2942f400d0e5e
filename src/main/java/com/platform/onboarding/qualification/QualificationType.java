package com.platform.onboarding.qualification;

import java.util.Arrays;

/** The merchant reads the qualification's name, not the form's prefix. */
enum QualificationType {
    OVERSEAS_ENTITY("overseasEntity", "境外主体资质", "overseas-entity qualification", false),
    DOMESTIC_ENTRUSTED("domesticEntrusted", "境内委托企业资质", "domestic entrusted enterprise's qualification", true),
    BUSINESS_LICENSE("businessLicense", "营业执照", "business licence", true),
    INDUSTRY_PERMIT("industryPermit", "行业许可证", "industry permit", false);

    final String prefix;
    final String nameZh;
    final String nameEn;
    /** Issued to a mainland enterprise, so its number is the enterprise's unified social credit code. */
    final boolean numberIsCreditCode;

    QualificationType(String prefix, String nameZh, String nameEn, boolean numberIsCreditCode) {
        this.prefix = prefix;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.numberIsCreditCode = numberIsCreditCode;
    }

    /** An unknown prefix is a wiring mistake, so it fails loudly instead of passing unjudged. */
    static QualificationType of(String prefix) {
        return Arrays.stream(values()).filter(t -> t.prefix.equals(prefix)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown qualification type: " + prefix));
    }
}
