package com.platform.onboarding.qualification;

/**
 * What the automated check found for one rule and one qualification, passed or not, with the figures it judged by,
 * so that a reviewer reads the check's result instead of trusting it. Every text is ours, in both languages.
 */
public record QualificationFinding(Rule rule, String qualification, String qualificationZh, String qualificationEn,
        boolean passed, String detailZh, String detailEn) {

    /** The rules of RULES.md §2, in the order a reviewer reads them. */
    public enum Rule {
        SUBMITTED("提交", "Submitted"),
        DOCUMENT("证件文件", "Document"),
        VALIDITY("有效期", "Validity"),
        CATEGORY_COVERAGE("类目覆盖", "Category coverage"),
        CREDIT_CODE("信用代码", "Credit code");

        public final String nameZh;
        public final String nameEn;

        Rule(String nameZh, String nameEn) {
            this.nameZh = nameZh;
            this.nameEn = nameEn;
        }
    }
}
