package com.platform.onboarding.factory;

import java.util.Arrays;
import java.util.Optional;

/** The selective e-commerce platforms (精选电商平台) whose experience makes a factory a priority (RULES.md §3). */
public enum SelectivePlatform {
    XIAOMI_YOUPIN("小米有品", "Xiaomi Youpin"),
    BIYAO("必要", "Biyao"),
    KAOLA_FACTORY_STORE("考拉工厂店", "Kaola Factory Store"),
    YANXUAN("严选", "Yanxuan"),
    JD_JINGZAO("京东京造", "JD Jingzao"),
    JD_HUIXUN("京东惠寻", "JD Huixun"),
    DOUYIN_ACE_FACTORY("抖音王牌工厂", "Douyin Ace Factory"),
    KEEP("KEEP", "KEEP"),
    MIAO_MANFEN("喵满分", "Miao Manfen"),
    YUNJI("云集", "Yunji");

    private final String nameZh;
    private final String nameEn;

    SelectivePlatform(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    /** Lenient about case and spaces, since a platform only adds priority and never refuses anyone. */
    public static Optional<SelectivePlatform> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String trimmed = code.trim();
        return Arrays.stream(values()).filter(p -> p.name().equalsIgnoreCase(trimmed)).findFirst();
    }
}
