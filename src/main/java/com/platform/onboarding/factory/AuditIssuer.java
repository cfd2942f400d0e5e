package com.platform.onboarding.factory;

import java.util.Arrays;
import java.util.Optional;

/** Who may issue the audit report (RULES.md §3): the platform itself or one of five testing houses. */
public enum AuditIssuer {
    PLATFORM("平台验厂", "the platform's own audit"),
    SGS("SGS", "SGS"),
    ITS("Intertek（天祥）", "Intertek (ITS)"),
    BV("Bureau Veritas（必维）", "Bureau Veritas (BV)"),
    CTI("华测（CTI）", "CTI"),
    CCIC("中检（CCIC）", "CCIC");

    private final String nameZh;
    private final String nameEn;

    AuditIssuer(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    /** Exact upper-case codes only: the form offers a fixed list, so anything else did not come from it. */
    static Optional<AuditIssuer> of(String code) {
        return Arrays.stream(values()).filter(i -> i.name().equals(code)).findFirst();
    }
}
