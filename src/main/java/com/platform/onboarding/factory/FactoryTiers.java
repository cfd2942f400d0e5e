package com.platform.onboarding.factory;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Why the factory-tier decision (bpmn/factory-tier.dmn) suggests the tier it does, criterion by criterion with the
 * factory's own figures: S and A are explained by their own row, a B tier by the A row it falls short of and by
 * whether it brings new-material technology. The limits are the decision's, restated here for the reviewer;
 * {@link #suggested} lets a test hold both to the same answer.
 */
public final class FactoryTiers {

    /** The facts the decision reads, as the check readied them. */
    public record Facts(boolean qualitySystemCertified, long annualOutputUnits, String oemBrandLevel, long headcount,
            long yearsInOperation, long plantAreaSqm, boolean newMaterialTech) {}

    public record Reason(String criterionZh, String criterionEn, String valueZh, String valueEn, boolean met,
            String detailZh, String detailEn) {}

    /** The brand levels the form offers, in its words. */
    public enum BrandLevel {
        INTERNATIONAL_TOP("国际一线", "international top brands"),
        INTERNATIONAL("国际品牌", "international brands"),
        DOMESTIC_KNOWN("国内知名", "well-known domestic brands"),
        NONE("无", "none");

        public final String nameZh;
        public final String nameEn;

        BrandLevel(String nameZh, String nameEn) {
            this.nameZh = nameZh;
            this.nameEn = nameEn;
        }

        public static Optional<BrandLevel> of(String code) {
            return Arrays.stream(values()).filter(l -> l.name().equals(code)).findFirst();
        }
    }

    private record Row(long output, Set<BrandLevel> brands, long headcount, long years, long plantArea) {}

    private static final Row S_ROW = new Row(5_000_000, Set.of(BrandLevel.INTERNATIONAL_TOP, BrandLevel.INTERNATIONAL),
            1_000, 10, 30_000);
    private static final Row A_ROW = new Row(1_000_000,
            Set.of(BrandLevel.INTERNATIONAL_TOP, BrandLevel.INTERNATIONAL, BrandLevel.DOMESTIC_KNOWN), 300, 5, 8_000);

    private FactoryTiers() {}

    public static String nameZh(FactoryTier tier) {
        return switch (tier) {
            case S -> "S级 超级大厂";
            case A -> "A级 中大型工厂";
            case B_NEW_MATERIAL -> "B级 新材料黑科技公司";
            case B_CRAFT -> "B级 工匠精选工厂";
        };
    }

    public static String nameEn(FactoryTier tier) {
        return switch (tier) {
            case S -> "Tier S, super factory";
            case A -> "Tier A, mid/large factory";
            case B_NEW_MATERIAL -> "Tier B, new-material / tech company";
            case B_CRAFT -> "Tier B, craft-select factory";
        };
    }

    /** The tier the decision table gives these facts (first matching row, highest tier first). */
    public static FactoryTier suggested(Facts facts) {
        if (meets(S_ROW, facts)) {
            return FactoryTier.S;
        }
        if (meets(A_ROW, facts)) {
            return FactoryTier.A;
        }
        return facts.newMaterialTech() ? FactoryTier.B_NEW_MATERIAL : FactoryTier.B_CRAFT;
    }

    /** Each criterion of the row that explains {@code tier}, with the factory's value and whether it is met. */
    public static List<Reason> reasons(FactoryTier tier, Facts facts) {
        var reasons = new ArrayList<>(against(tier == FactoryTier.S ? S_ROW : A_ROW, facts));
        if (tier == FactoryTier.B_CRAFT || tier == FactoryTier.B_NEW_MATERIAL) {
            boolean tech = facts.newMaterialTech();
            reasons.add(new Reason("新材料/黑科技", "New-material technology", tech ? "是" : "否", tech ? "yes" : "no",
                    tech, tech ? "有新材料/黑科技：B级新材料黑科技公司" : "无新材料/黑科技：B级工匠精选工厂",
                    tech ? "brings new-material technology: tier B new-material company"
                            : "no new-material technology: tier B craft-select factory"));
        }
        return reasons;
    }

    private static boolean meets(Row row, Facts facts) {
        return against(row, facts).stream().allMatch(Reason::met);
    }

    private static List<Reason> against(Row row, Facts facts) {
        var level = BrandLevel.of(facts.oemBrandLevel());
        boolean brandMet = level.isPresent() && row.brands().contains(level.get());
        String brandsZh = String.join("、", row.brands().stream().sorted().map(b -> b.nameZh).toList());
        String brandsEn = String.join(", ", row.brands().stream().sorted().map(b -> b.nameEn).toList());
        boolean certified = facts.qualitySystemCertified();
        return List.of(
                new Reason("质量管理体系认证", "Certified quality system", certified ? "是" : "否", certified ? "yes" : "no",
                        certified, certified ? "已认证，须认证" : "未认证，须认证",
                        certified ? "certified, as required" : "not certified, required"),
                atLeast("年产量", "Annual output", facts.annualOutputUnits(), row.output(), "件", "units"),
                new Reason("代工品牌等级", "Brands made for", level.map(l -> l.nameZh).orElse("—"),
                        level.map(l -> l.nameEn).orElse("—"), brandMet,
                        (brandMet ? "属于" : "不属于") + "：" + brandsZh,
                        (brandMet ? "one of: " : "not one of: ") + brandsEn),
                atLeast("员工人数", "Employees", facts.headcount(), row.headcount(), "人", "staff"),
                atLeast("成立年限", "Years in operation", facts.yearsInOperation(), row.years(), "年", "years"),
                atLeast("厂房面积", "Plant area", facts.plantAreaSqm(), row.plantArea(), "平方米", "m²"));
    }

    private static Reason atLeast(String criterionZh, String criterionEn, long value, long limit, String unitZh,
            String unitEn) {
        boolean met = value >= limit;
        String sign = met ? " ≥ " : " < ";
        return new Reason(criterionZh, criterionEn, number(value) + " " + unitZh, number(value) + " " + unitEn, met,
                number(value) + sign + number(limit) + " " + unitZh, number(value) + sign + number(limit) + " " + unitEn);
    }

    private static String number(long value) {
        return NumberFormat.getIntegerInstance(Locale.ROOT).format(value);
    }
}
