package com.platform.onboarding.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The words for a task's fields, as a refusal names them: from the task's form-js form. */
class TaskFormsTest {

    private final TaskForms forms = new TaskForms();

    @Test
    void aFormJsLabelIsSplitIntoChineseAndEnglish() {
        var label = forms.label("sign-overseas-agreement", "committedShippingDays");
        assertThat(label.zh()).isEqualTo("承诺发货时效（天）");
        assertThat(label.en()).isEqualTo("Committed shipping time (days)");
        assertThat(forms.fieldKeys("sign-overseas-agreement"))
                .containsExactly("agreementAccepted", "committedShippingDays");
    }

    @Test
    void theFactoryAuditFormGivesItsLabelsDateLabelsAndCheckboxTexts() {
        assertThat(forms.form("upload-factory-audit")).isNotNull();
        var issuer = forms.label("upload-factory-audit", "auditIssuer");
        assertThat(issuer.zh()).isEqualTo("出具机构");
        assertThat(issuer.en()).isEqualTo("Issuer");
        // A slash inside the Chinese ("PDF/JPEG/PNG") does not part the languages.
        assertThat(forms.label("upload-factory-audit", "auditReportDocument").zh()).startsWith("报告文件（PDF/JPEG/PNG");
        var issuedOn = forms.label("upload-factory-audit", "auditIssuedOn");
        assertThat(issuedOn.zh()).isEqualTo("出具日期");
        assertThat(issuedOn.en()).isEqualTo("Issued on");
        var odm = forms.label("upload-factory-audit", "hasOdmTeam");
        assertThat(odm.zh()).isNotEqualTo("hasOdmTeam").doesNotContain("/ ");
        assertThat(odm.en()).isNotEqualTo("hasOdmTeam");
    }

    @Test
    void aQualificationFieldCarriesTheQualificationsName() {
        var label = forms.label("upload-qualifications", "domesticEntrustedValidUntil");
        assertThat(label.zh()).isEqualTo("境内委托企业资质 · 有效期至");
        assertThat(label.en()).isEqualTo("Domestic entrusted enterprise's qualification: valid until");
    }
}
