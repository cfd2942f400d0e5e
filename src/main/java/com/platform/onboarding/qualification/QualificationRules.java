package com.platform.onboarding.qualification;

import com.platform.onboarding.category.CategoryCode;
import com.platform.onboarding.Effective;
import com.platform.onboarding.rules.EffectiveValues;
import com.platform.onboarding.rules.Rule;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Judges the submitted qualifications against what the merchant's category and entity require (RULES.md §2):
 * present, documented, in force on the review day, valid long enough, covering the category, and, for a mainland
 * enterprise, carrying a well-formed credit code. Judges, never writes; the review day is the caller's business
 * date so that a review can be replayed.
 */
public final class QualificationRules {

    private final EffectiveValues<Integer> minimumValidity;

    /** @param minimumValidity how many days of validity must remain on the review day, each from the day it takes effect */
    public QualificationRules(List<Effective<Integer>> minimumValidity) {
        for (Effective<Integer> days : minimumValidity) {
            if (days.value() < 0) {
                throw new IllegalArgumentException("A remaining validity cannot be negative: " + days);
            }
        }
        this.minimumValidity = new EffectiveValues<>(minimumValidity);
    }

    /** The validity horizon as staff read it on {@code GET /api/rules}. */
    public Rule minimumValidityRule() {
        return new Rule("minimum-validity", "资质剩余有效期下限", "Minimum remaining validity", "days", minimumValidity);
    }

    /**
     * @param requiredTypes the prefixes this merchant must submit, in the order issues are reported
     * @param submitted     by prefix; an absent key means not submitted. Types not required are ignored.
     * @param category      the merchant's category code, e.g. "food.fresh-fruit.durian"
     * @param reviewDay     the business date the review is judged on
     */
    public List<QualificationIssue> check(List<String> requiredTypes, Map<String, Qualification> submitted,
            String category, LocalDate reviewDay) {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(reviewDay, "reviewDay");
        int minRemainingDays = minRemainingDaysOn(reviewDay);
        var issues = new ArrayList<QualificationIssue>();
        for (String prefix : requiredTypes.stream().distinct().toList()) {
            var type = QualificationType.of(prefix);
            var qualification = submitted.get(prefix);
            if (qualification == null) {
                issues.add(issue("QUALIFICATION_MISSING", type,
                        "缺少" + type.nameZh + "，请提交。",
                        "The " + type.nameEn + " is missing: please submit it."));
            } else {
                checkOne(issues, type, qualification, category, reviewDay, minRemainingDays);
            }
        }
        return issues;
    }

    /** A category's names as a person reads them; the catalogue lives elsewhere. */
    public interface CategoryNames {
        QualificationNames.Name of(String code);
    }

    /**
     * Every rule's result for every required qualification, passes included, with the figures it was judged by: what
     * a reviewer reads. Judged as {@link #check} judges, on the same review day; a missing qualification is one failed
     * finding, as it is one issue.
     */
    public List<QualificationFinding> findings(List<String> requiredTypes, Map<String, Qualification> submitted,
            String category, LocalDate reviewDay, CategoryNames names) {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(reviewDay, "reviewDay");
        int minRemainingDays = minRemainingDaysOn(reviewDay);
        var own = names.of(category);
        var findings = new ArrayList<QualificationFinding>();
        for (String prefix : requiredTypes.stream().distinct().toList()) {
            var type = QualificationType.of(prefix);
            var q = submitted.get(prefix);
            if (q == null) {
                findings.add(finding(QualificationFinding.Rule.SUBMITTED, type, false, "未提交", "not submitted"));
                continue;
            }
            findings.add(q.hasDocument()
                    ? finding(QualificationFinding.Rule.DOCUMENT, type, true, "已上传证件文件", "document attached")
                    : finding(QualificationFinding.Rule.DOCUMENT, type, false, "未上传证件文件", "no document attached"));
            findings.add(validity(type, q, reviewDay, minRemainingDays));
            findings.add(coverage(type, q, category, own, names));
            if (type.numberIsCreditCode) {
                findings.add(q.number() != null && CreditCode.isValid(q.number())
                        ? finding(QualificationFinding.Rule.CREDIT_CODE, type, true, "信用代码校验通过", "credit code valid")
                        : finding(QualificationFinding.Rule.CREDIT_CODE, type, false,
                                "信用代码无效（18 位，校验位须正确）", "credit code not valid (18 characters, correct check character)"));
            }
        }
        return findings;
    }

    private static QualificationFinding validity(QualificationType type, Qualification q, LocalDate reviewDay,
            int minRemainingDays) {
        var rule = QualificationFinding.Rule.VALIDITY;
        if (q.validFrom() != null && reviewDay.isBefore(q.validFrom())) {
            return finding(rule, type, false, q.validFrom() + " 起生效，审核日 " + reviewDay + " 尚未生效",
                    "in force from " + q.validFrom() + ", not yet on the review day " + reviewDay);
        }
        if (q.validUntil() == null) {
            return finding(rule, type, true, "长期有效", "valid without end");
        }
        if (reviewDay.isAfter(q.validUntil())) {
            return finding(rule, type, false, "已于 " + q.validUntil() + " 到期", "expired on " + q.validUntil());
        }
        long left = ChronoUnit.DAYS.between(reviewDay, q.validUntil());
        boolean passed = left >= minRemainingDays;
        String sign = passed ? " ≥ " : " < ";
        return finding(rule, type, passed, "剩余 " + left + " 天" + sign + minRemainingDays,
                left + (left == 1 ? " day" : " days") + " left" + sign + minRemainingDays);
    }

    private static QualificationFinding coverage(QualificationType type, Qualification q, String category,
            QualificationNames.Name own, CategoryNames names) {
        var granted = q.categories() == null ? List.<String>of()
                : q.categories().stream().filter(Objects::nonNull).toList();
        var covering = granted.stream().filter(code -> CategoryCode.covers(code, category)).toList();
        var rule = QualificationFinding.Rule.CATEGORY_COVERAGE;
        if (!covering.isEmpty()) {
            return finding(rule, type, true, "类目覆盖：" + joined(covering, names, true),
                    "category covered by: " + joined(covering, names, false));
        }
        return finding(rule, type, false,
                "经营类目（" + (granted.isEmpty() ? "无" : joined(granted, names, true)) + "）不含" + own.zh(),
                "categories (" + (granted.isEmpty() ? "none" : joined(granted, names, false)) + ") do not include "
                        + own.en());
    }

    private static String joined(List<String> codes, CategoryNames names, boolean zh) {
        return codes.stream().map(names::of).map(n -> zh ? n.zh() : n.en())
                .collect(Collectors.joining(zh ? "、" : ", "));
    }

    private static QualificationFinding finding(QualificationFinding.Rule rule, QualificationType type, boolean passed,
            String detailZh, String detailEn) {
        return new QualificationFinding(rule, type.prefix, type.nameZh, type.nameEn, passed, detailZh, detailEn);
    }

    /** The rule in force is the latest one that has taken effect; before the first, nothing is required. */
    public int minRemainingDaysOn(LocalDate reviewDay) {
        return ruleOn(reviewDay).map(Effective::value).orElse(0);
    }

    /** The validity horizon in force on that day, with the date it took effect (what the audit trail names). */
    public Optional<Effective<Integer>> ruleOn(LocalDate reviewDay) {
        return minimumValidity.inForceOn(reviewDay);
    }

    private static void checkOne(List<QualificationIssue> issues, QualificationType type, Qualification q,
            String category, LocalDate reviewDay, int minRemainingDays) {
        if (!q.hasDocument()) {
            issues.add(issue("DOCUMENT_MISSING", type,
                    type.nameZh + "未上传证件文件，请上传证件扫描件或照片。",
                    "The " + type.nameEn + " has no document attached: please upload a scan or photo of it."));
        }
        if (q.validFrom() != null && reviewDay.isBefore(q.validFrom())) {
            issues.add(issue("QUALIFICATION_NOT_YET_VALID", type,
                    type.nameZh + "自 " + q.validFrom() + " 起生效，审核日 " + reviewDay + " 尚未生效。",
                    "The " + type.nameEn + " takes effect on " + q.validFrom() + ": it is not yet in force on the review day, "
                            + reviewDay + "."));
        }
        boolean expired = q.validUntil() != null && reviewDay.isAfter(q.validUntil());
        if (expired) {
            issues.add(issue("QUALIFICATION_EXPIRED", type,
                    type.nameZh + "已于 " + q.validUntil() + " 到期，请提交在有效期内的证件。",
                    "The " + type.nameEn + " expired on " + q.validUntil() + ": please submit one that is in force."));
        } else if (q.validUntil() != null) {
            long remaining = ChronoUnit.DAYS.between(reviewDay, q.validUntil());
            if (remaining < minRemainingDays) {
                issues.add(issue("QUALIFICATION_EXPIRES_TOO_SOON", type,
                        type.nameZh + "将于 " + q.validUntil() + " 到期，剩余 " + remaining + " 天，须至少 "
                                + minRemainingDays + " 天。",
                        "The " + type.nameEn + " expires on " + q.validUntil() + ": " + remaining
                                + (remaining == 1 ? " day" : " days") + " left, at least " + minRemainingDays
                                + " are required."));
            }
        }
        var categories = q.categories() == null ? List.<String>of() : q.categories();
        if (categories.stream().noneMatch(code -> code != null && CategoryCode.covers(code, category))) {
            String grantedZh = categories.isEmpty() ? "无" : String.join("、", categories);
            String grantedEn = categories.isEmpty() ? "none" : String.join(", ", categories);
            issues.add(issue("CATEGORY_NOT_COVERED", type,
                    type.nameZh + "的经营类目（" + grantedZh + "）不包含您的类目 " + category + "。",
                    "The " + type.nameEn + " covers categories (" + grantedEn + ") that do not include your category "
                            + category + "."));
        }
        if (type.numberIsCreditCode) {
            checkCreditCode(issues, type, q.number());
        }
    }

    private static void checkCreditCode(List<QualificationIssue> issues, QualificationType type, String number) {
        if (number == null || number.isBlank()) {
            issues.add(issue("CREDIT_CODE_INVALID", type,
                    "请填写" + type.nameZh + "上的 18 位统一社会信用代码。",
                    "Please give the 18-character unified social credit code shown on the " + type.nameEn + "."));
        } else if (!CreditCode.isValid(number)) {
            issues.add(issue("CREDIT_CODE_INVALID", type,
                    type.nameZh + "上的统一社会信用代码“" + number + "”无效：须为 18 位大写字母或数字且校验位正确，请核对。",
                    "The unified social credit code '" + number + "' on the " + type.nameEn + " is not valid: it has"
                            + " 18 upper-case letters or digits and a correct last check character; please check it."));
        }
    }

    private static QualificationIssue issue(String code, QualificationType type, String messageZh, String messageEn) {
        return new QualificationIssue(code, type.prefix, messageZh, messageEn);
    }
}
