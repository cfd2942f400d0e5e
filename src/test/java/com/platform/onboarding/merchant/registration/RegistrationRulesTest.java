package com.platform.onboarding.merchant.registration;

import static org.assertj.core.api.Assertions.assertThat;

import com.platform.onboarding.OnboardingProperties.Category;
import com.platform.onboarding.category.CategoryCatalogue;
import com.platform.onboarding.merchant.Market;
import com.platform.onboarding.Effective;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegistrationRulesTest {

    private final RegistrationRules rules = new RegistrationRules(new CategoryCatalogue(
            Stream.of("food", "food.fresh-fruit", "food.fresh-fruit.durian", "apparel", "apparel.womenswear", "beauty",
                    "footwear", "sports-outdoor", "sports-outdoor.apparel", "sports-outdoor.footwear")
                    .map(code -> new Category(code, code + "类", code + " goods")).toList(),
            List.of("apparel", "footwear", "sports-outdoor.apparel", "sports-outdoor.footwear"),
            List.of(new Effective<>(LocalDate.of(2025, 3, 22), 30)), List.of(), 20_000, Clock.systemUTC(), ZoneOffset.UTC),
            Set.of("admin", "ops", "support", "payment", "camunda", "system", "reviewer"));

    static Registration valid() {
        return new Registration("acme-hk", "Durian2026x", "ACME Trading Ltd", "ops@acme.example", "OVERSEAS",
                "food.fresh-fruit.durian", "US,HK", false);
    }

    private List<String> codesFor(Registration registration, String field) {
        return rules.check(registration).stream().filter(v -> v.field().equals(field)).map(Violation::code).toList();
    }

    @Test
    void aCompleteRegistrationHasNoViolation() {
        assertThat(rules.check(valid())).isEmpty();
    }

    @Test
    void everyMissingFieldIsNamed() {
        var violations = rules.check(new Registration(null, "", " ", null, null, null, null, null));
        assertThat(violations).extracting(Violation::field)
                .containsExactlyInAnyOrder("username", "password", "merchantName", "contactEmail", "entityType", "category");
        assertThat(violations).extracting(Violation::code).containsOnly("REQUIRED");
        assertThat(violations).allSatisfy(v -> assertThat(v.messageZh()).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "Acme", "1acme", "acme_hk", "acme hk", "a-very-long-user-name-of-33-chars"})
    void userNamesOutsideThePatternAreRefused(String username) {
        var r = new Registration(username, "Durian2026x", "ACME", "ops@acme.example", "DOMESTIC", "beauty", "", false);
        assertThat(codesFor(r, "username")).containsExactly("USERNAME_INVALID");
    }

    @Test
    void aReservedUserNameIsRefusedSoThatNobodyPassesForStaff() {
        var r = new Registration("ops", "Durian2026x", "ACME", "ops@acme.example", "DOMESTIC", "beauty", "", false);
        assertThat(codesFor(r, "username")).containsExactly("USERNAME_RESERVED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin1", "ops-team", "support-desk", "payment", "camunda", "system1", "reviewer3",
            "acme-ops", "x-admin-2"})
    void aNameThatPassesForStaffIsRefusedByRule(String username) {
        var r = new Registration(username, "Durian2026x", "ACME", "ops@acme.example", "DOMESTIC", "beauty", "", false);
        assertThat(codesFor(r, "username")).containsExactly("USERNAME_RESERVED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"acme-hk", "shops-hk", "durian-2026", "adminton", "opsis-trading"})
    void aMerchantsOwnNameIsNotMistakenForStaff(String username) {
        var r = new Registration(username, "Durian2026x", "ACME", "ops@acme.example", "DOMESTIC", "beauty", "", false);
        assertThat(codesFor(r, "username")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ACME\u0000 Ltd", "ACME\r\nINFO forged log line", "ACME \u202eLtd", "AC\u200bME Ltd",
            "ACME\ufeff", "ACME\u2028Ltd"})
    void aNameWithInvisibleOrControlCharactersIsRefused(String merchantName) {
        var r = new Registration("acme-hk", "Durian2026x", merchantName, "ops@acme.example", "DOMESTIC", "beauty", "", false);
        var refused = rules.check(r).stream().filter(v -> v.field().equals("merchantName")).toList();
        assertThat(refused).extracting(Violation::code).containsExactly("TEXT_INVISIBLE_CHARACTERS");
        assertThat(refused.get(0).messageZh()).contains("不可见字符");
    }

    @Test
    void chineseAndAccentedNamesAreWelcome() {
        var r = new Registration("acme-hk", "Durian2026x", "榴莲贸易（香港）有限公司 · Café Ltd", "ops@acme.example",
                "DOMESTIC", "beauty", "", false);
        assertThat(rules.check(r)).isEmpty();
    }

    @Test
    void aPasswordOfNineCharactersIsTooWeakAndTenIsEnough() {
        var nine = new Registration("acme-hk", "Durian202", "ACME", "ops@acme.example", "DOMESTIC", "beauty", "", false);
        var ten = new Registration("acme-hk", "Durian2026", "ACME", "ops@acme.example", "DOMESTIC", "beauty", "", false);
        assertThat(codesFor(nine, "password")).containsExactly("PASSWORD_TOO_WEAK");
        assertThat(codesFor(ten, "password")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"onlyletterslong", "1234567890123", "xxacme-hk2026"})
    void passwordsWithoutLettersAndDigitsOrWithTheUserNameAreTooWeak(String password) {
        var r = new Registration("acme-hk", password, "ACME", "ops@acme.example", "DOMESTIC", "beauty", "", false);
        assertThat(codesFor(r, "password")).containsExactly("PASSWORD_TOO_WEAK");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ops", "ops@", "@acme.example", "ops@acme", "ops @acme.example", "ops@acme..example"})
    void malformedEmailsAreRefused(String email) {
        var r = new Registration("acme-hk", "Durian2026x", "ACME", email, "DOMESTIC", "beauty", "", false);
        assertThat(codesFor(r, "contactEmail")).containsExactly("EMAIL_INVALID");
    }

    @Test
    void anUnknownEntityTypeIsRefused() {
        var r = new Registration("acme-hk", "Durian2026x", "ACME", "ops@acme.example", "overseas", "beauty", "", false);
        assertThat(codesFor(r, "entityType")).containsExactly("ENTITY_TYPE_UNKNOWN");
    }

    @Test
    void aCategoryOutsideTheCatalogueIsRefusedAndNamed() {
        var r = new Registration("acme-hk", "Durian2026x", "ACME", "ops@acme.example", "DOMESTIC", "food.durian", "", false);
        var violations = rules.check(r);
        assertThat(violations).extracting(Violation::code).containsExactly("CATEGORY_UNKNOWN");
        assertThat(violations.get(0).message()).contains("food.durian");
    }

    @Test
    void marketsOutsideTheFirstThreeAreRefusedAndNamed() {
        var r = new Registration("acme-hk", "Durian2026x", "ACME", "ops@acme.example", "DOMESTIC", "beauty", "US, JP,mo", false);
        var violations = rules.check(r);
        assertThat(violations).extracting(Violation::code).containsExactly("MARKET_UNKNOWN");
        assertThat(violations.get(0).message()).startsWith("Unknown market [JP]");
    }

    @Test
    void marketsAreReadLeniently() {
        assertThat(RegistrationRules.markets(" us, MO ,HK")).containsExactlyInAnyOrder(Market.US, Market.MO, Market.HK);
        assertThat(RegistrationRules.markets("")).isEmpty();
        assertThat(RegistrationRules.markets(null)).isEmpty();
    }

    @Test
    void theFactoryProgramIsOpenToApparelAndItsDescendantsOnly() {
        var food = new Registration("acme-hk", "Durian2026x", "ACME", "ops@acme.example", "DOMESTIC", "food", "", true);
        var womenswear = new Registration("acme-hk", "Durian2026x", "ACME", "ops@acme.example", "DOMESTIC",
                "apparel.womenswear", "", true);
        assertThat(codesFor(food, "factoryProgram")).containsExactly("FACTORY_PROGRAM_NOT_OPEN");
        // The sentence names the categories of the catalogue, not a list written into the code.
        assertThat(rules.check(food)).filteredOn(v -> v.field().equals("factoryProgram")).singleElement()
                .satisfies(v -> {
                    assertThat(v.message()).isEqualTo(
                            "The factory programme is open to apparel goods, footwear goods, sports-outdoor.apparel goods,"
                                    + " sports-outdoor.footwear goods only.");
                    assertThat(v.messageZh()).isEqualTo(
                            "快质造仅招募apparel类、footwear类、sports-outdoor.apparel类、sports-outdoor.footwear类类目的商家。");
                });
        assertThat(codesFor(womenswear, "factoryProgram")).isEmpty();
    }
}
