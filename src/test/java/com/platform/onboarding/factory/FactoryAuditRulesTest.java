package com.platform.onboarding.factory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.platform.onboarding.qualification.QualificationIssue;
import com.platform.onboarding.Effective;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class FactoryAuditRulesTest {

    static final LocalDate REVIEW = LocalDate.of(2026, 11, 2);

    private final FactoryAuditRules rules = new FactoryAuditRules(List.of(new Effective<>(LocalDate.of(2000, 1, 1), Period.ofYears(1))));

    static FactoryAudit valid() {
        return new FactoryAudit("SGS", REVIEW.minusMonths(3), true, true, true);
    }

    static FactoryAudit issuedBy(String issuer) {
        return new FactoryAudit(issuer, REVIEW.minusMonths(3), true, true, true);
    }

    static FactoryAudit issuedOn(LocalDate issuedOn) {
        return new FactoryAudit("SGS", issuedOn, true, true, true);
    }

    private List<String> codes(FactoryAudit audit) {
        return codes(audit, REVIEW);
    }

    private List<String> codes(FactoryAudit audit, LocalDate reviewDay) {
        return rules.check(audit, reviewDay).stream().map(QualificationIssue::code).toList();
    }

    @Test
    void aRecentReportFromAnAcceptedIssuerWithTeamAndProcessHasNoIssue() {
        assertThat(rules.check(valid(), REVIEW)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(AuditIssuer.class)
    void everyAcceptedIssuerPasses(AuditIssuer issuer) {
        assertThat(codes(issuedBy(issuer.name()))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"TUV", "sgs", " SGS", "Intertek"})
    void anIssuerThatIsNotExactlyAnAcceptedCodeIsRefused(String issuer) {
        assertThat(codes(issuedBy(issuer))).containsExactly("AUDIT_ISSUER_NOT_ACCEPTED");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "  ")
    void aMissingIssuerIsRefused(String issuer) {
        assertThat(codes(issuedBy(issuer))).containsExactly("AUDIT_ISSUER_NOT_ACCEPTED");
    }

    @Test
    void aRefusedIssuerIsToldWhichIssuersAreAcceptedInBothLanguages() {
        var issue = rules.check(issuedBy("TUV"), REVIEW).get(0);
        assertThat(issue.qualification()).isEqualTo("factoryAudit");
        assertThat(issue.messageZh()).contains("TUV", "平台验厂", "SGS", "Intertek", "Bureau Veritas", "华测", "中检");
        assertThat(issue.messageEn()).contains("TUV", "platform's own audit", "SGS", "Intertek", "Bureau Veritas",
                "CTI", "CCIC");
    }

    @Test
    void aReportWithoutDocumentIsRefused() {
        var audit = new FactoryAudit("SGS", REVIEW.minusMonths(3), false, true, true);
        assertThat(codes(audit)).containsExactly("DOCUMENT_MISSING");
    }

    @Test
    void aReportIssuedExactlyOneYearBeforeTheReviewDayPasses() {
        assertThat(codes(issuedOn(REVIEW.minusYears(1)))).isEmpty();
    }

    @Test
    void aReportIssuedOneYearAndOneDayBeforeTheReviewDayIsTooOld() {
        assertThat(codes(issuedOn(REVIEW.minusYears(1).minusDays(1)))).containsExactly("AUDIT_REPORT_TOO_OLD");
    }

    @Test
    void aReportIssuedOnTheReviewDayPasses() {
        assertThat(codes(issuedOn(REVIEW))).isEmpty();
    }

    @Test
    void aYearBeforeTheTwentyEighthOfFebruaryIsTheTwentyEighthOfFebruary() {
        assertThat(codes(issuedOn(LocalDate.of(2024, 2, 28)), LocalDate.of(2025, 2, 28))).isEmpty();
    }

    @Test
    void aReportFromTheLeapDayIsTooOldOnTheFirstOfMarchTheYearAfter() {
        assertThat(codes(issuedOn(LocalDate.of(2024, 2, 29)), LocalDate.of(2025, 3, 1)))
                .containsExactly("AUDIT_REPORT_TOO_OLD");
    }

    @ParameterizedTest
    @EnumSource(value = AuditIssuer.class, names = "PLATFORM", mode = EnumSource.Mode.EXCLUDE)
    void aThirdPartyReportPassesAt365DaysAndIsTooOldAt366(AuditIssuer issuer) {
        // 2025-11-02 to 2026-11-02: no 29 February between, so the year is 365 days.
        assertThat(codes(new FactoryAudit(issuer.name(), REVIEW.minusDays(365), true, true, true))).isEmpty();
        assertThat(codes(new FactoryAudit(issuer.name(), REVIEW.minusDays(366), true, true, true)))
                .containsExactly("AUDIT_REPORT_TOO_OLD");
    }

    @Test
    void thePlatformsOwnAuditHasNoAgeLimit() {
        assertThat(codes(new FactoryAudit("PLATFORM", REVIEW.minusDays(366), true, true, true))).isEmpty();
        assertThat(codes(new FactoryAudit("PLATFORM", REVIEW.minusYears(2), true, true, true))).isEmpty();
        assertThat(codes(new FactoryAudit("PLATFORM", REVIEW.minusYears(10), true, true, true))).isEmpty();
    }

    @Test
    void thePlatformsOwnAuditIsStillNotDatedAfterTheReviewDay() {
        assertThat(codes(new FactoryAudit("PLATFORM", REVIEW.plusDays(1), true, true, true)))
                .containsExactly("AUDIT_DATE_IN_FUTURE");
    }

    @Test
    void aReportDatedAfterTheReviewDayIsInTheFutureNotTooOld() {
        assertThat(codes(issuedOn(REVIEW.plusDays(1)))).containsExactly("AUDIT_DATE_IN_FUTURE");
    }

    @Test
    void aReportWithoutDateIsMissingItsDateNotTooOld() {
        assertThat(codes(issuedOn(null))).containsExactly("AUDIT_DATE_MISSING");
    }

    @Test
    void aFactoryWithoutItsOwnOdmTeamIsRefused() {
        var audit = new FactoryAudit("SGS", REVIEW.minusMonths(3), true, false, true);
        assertThat(codes(audit)).containsExactly("NO_ODM_TEAM");
    }

    @Test
    void aFactoryWithoutAWorkingProductionManagementProcessIsRefused() {
        var audit = new FactoryAudit("SGS", REVIEW.minusMonths(3), true, true, false);
        assertThat(codes(audit)).containsExactly("NO_PRODUCTION_MANAGEMENT");
    }

    @Test
    void everyIssueIsReportedInTheOrderTheMerchantFixesThem() {
        var audit = new FactoryAudit("TUV", REVIEW.minusYears(2), false, false, false);
        assertThat(rules.check(audit, REVIEW))
                .extracting(QualificationIssue::code, QualificationIssue::qualification)
                .containsExactly(
                        tuple("AUDIT_ISSUER_NOT_ACCEPTED", "factoryAudit"),
                        tuple("DOCUMENT_MISSING", "factoryAudit"),
                        tuple("AUDIT_REPORT_TOO_OLD", "factoryAudit"),
                        tuple("NO_ODM_TEAM", "factoryAudit"),
                        tuple("NO_PRODUCTION_MANAGEMENT", "factoryAudit"));
    }

    @Test
    void everyIssueSpeaksToTheMerchantInChineseAndEnglish() {
        var audit = new FactoryAudit(null, null, false, false, false);
        assertThat(rules.check(audit, REVIEW)).hasSize(5)
                .allSatisfy(issue -> {
                    assertThat(issue.messageZh()).isNotBlank();
                    assertThat(issue.messageEn()).isNotBlank();
                });
    }

    @Test
    void aShorterAgeLimitScheduledForADayJudgesFromThatDayAndNotTheDayBefore() {
        var change = LocalDate.of(2027, 1, 1);
        var scheduled = new FactoryAuditRules(List.of(new Effective<>(LocalDate.of(2025, 3, 22), Period.ofYears(1)),
                new Effective<>(change, Period.ofMonths(6))));
        // Issued eight months before the change: inside a year, outside six months.
        var audit = issuedOn(change.minusMonths(8));

        assertThat(scheduled.check(audit, change.minusDays(1))).isEmpty();
        assertThat(scheduled.check(audit, change)).extracting(QualificationIssue::code)
                .containsExactly("AUDIT_REPORT_TOO_OLD");
        assertThat(scheduled.thirdPartyMaxAgeRule().values().scheduledAfter(change.minusDays(1)))
                .extracting(scheduledValue -> (Object) scheduledValue.value()).containsExactly(Period.ofMonths(6));
    }
}
