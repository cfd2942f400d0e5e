package com.platform.onboarding.qualification;

import com.platform.onboarding.category.CategoryCode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Judges the submitted qualifications against what the merchant's category and entity require (RULES.md §2):
 * present, documented, in force on the review day, valid long enough, covering the category, and, for a mainland
 * enterprise, carrying a well-formed credit code. Judges, never writes; the review day is the caller's business
 * date so that a review can be replayed.
 */
public final class QualificationRules {

    private final List<ValidityRule> validityRules;

    public QualificationRules(List<ValidityRule> validityRules) {
        var byDate = new ArrayList<>(validityRules);
        byDate.sort(Comparator.comparing(ValidityRule::effectiveFrom));
        var dates = new HashSet<LocalDate>();
        for (ValidityRule rule : byDate) {
            if (rule.minRemainingDays() < 0) {
                throw new IllegalArgumentException("A remaining validity cannot be negative: " + rule);
            }
            if (!dates.add(rule.effectiveFrom())) {
                throw new IllegalArgumentException("Two validity rules take effect on " + rule.effectiveFrom()
                        + "; which one is in force would be a guess");
            }
        }
        this.validityRules = List.copyOf(byDate);
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

    /** The rule in force is the latest one that has taken effect; before the first, nothing is required. */
    public int minRemainingDaysOn(LocalDate reviewDay) {
        int days = 0;
        for (ValidityRule rule : validityRules) {
            if (rule.effectiveFrom().isAfter(reviewDay)) {
                break;
            }
            days = rule.minRemainingDays();
        }
        return days;
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
