package com.platform.onboarding.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code bpmn/category-deposit.dmn}: FIRST, most specific row first, dated rows judged on the application date. */
class CategoryDepositTest {

    static final Decisions DECISION = Decisions.load("category-deposit");
    static final LocalDate TODAY = LocalDate.of(2025, 3, 1);

    /** The amount and the id of the row that decided it. */
    record Deposit(int amount, String rule) {
    }

    static Deposit deposit(String category, Object applicationDate) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("category", category);
        variables.put("applicationDate", applicationDate);
        var evaluation = DECISION.evaluate(variables);
        assertThat(evaluation.matchedRules()).hasSize(1);
        Object amount = evaluation.result().getSingleResult().getEntry("depositAmount");
        assertThat(amount).isInstanceOf(Integer.class);
        return new Deposit((Integer) amount, evaluation.matchedRules().get(0));
    }

    static Deposit deposit(String category) {
        return deposit(category, TODAY);
    }

    @Test
    void durianSince20230717() {
        assertThat(deposit("food.fresh-fruit.durian")).isEqualTo(new Deposit(20000, "durian-since-2023-07-17"));
    }

    @Test
    void freshFruit() {
        assertThat(deposit("food.fresh-fruit")).isEqualTo(new Deposit(5000, "fresh-fruit"));
    }

    @Test
    void otherFood() {
        assertThat(deposit("food.snacks")).isEqualTo(new Deposit(5000, "other-food"));
        assertThat(deposit("food")).isEqualTo(new Deposit(5000, "other-food"));
    }

    @Test
    void beauty() {
        assertThat(deposit("beauty")).isEqualTo(new Deposit(5000, "beauty"));
    }

    @Test
    void electronics() {
        assertThat(deposit("electronics")).isEqualTo(new Deposit(10000, "electronics"));
    }

    @Test
    void apparel() {
        assertThat(deposit("apparel.womenswear")).isEqualTo(new Deposit(3000, "apparel"));
        assertThat(deposit("apparel")).isEqualTo(new Deposit(3000, "apparel"));
    }

    @Test
    void footwear() {
        assertThat(deposit("footwear")).isEqualTo(new Deposit(3000, "footwear"));
    }

    @Test
    void sportsOutdoor() {
        assertThat(deposit("sports-outdoor.footwear")).isEqualTo(new Deposit(3000, "sports-outdoor"));
    }

    @Test
    void home() {
        assertThat(deposit("home")).isEqualTo(new Deposit(3000, "home"));
    }

    @Test
    void anyOtherCategory() {
        assertThat(deposit("books")).isEqualTo(new Deposit(2000, "any-other-category"));
    }

    @Test
    void durianPaysTheFreshFruitDepositTheDayBeforeTheNoticeAndTwentyThousandFromItsDay() {
        assertThat(deposit("food.fresh-fruit.durian", LocalDate.of(2023, 7, 16))).isEqualTo(new Deposit(5000, "fresh-fruit"));
        assertThat(deposit("food.fresh-fruit.durian", LocalDate.of(2023, 7, 17)))
                .isEqualTo(new Deposit(20000, "durian-since-2023-07-17"));
    }

    @Test
    void theApplicationDateMayBeALocalDateAJavaUtilDateOrAnIsoString() {
        Date lateOnTheSixteenth = Date.from(LocalDateTime.of(2023, 7, 16, 23, 59).atZone(ZoneId.systemDefault()).toInstant());
        Date earlyOnTheSeventeenth = Date.from(LocalDateTime.of(2023, 7, 17, 0, 0).atZone(ZoneId.systemDefault()).toInstant());
        assertThat(deposit("food.fresh-fruit.durian", lateOnTheSixteenth).amount()).isEqualTo(5000);
        assertThat(deposit("food.fresh-fruit.durian", earlyOnTheSeventeenth).amount()).isEqualTo(20000);
        assertThat(deposit("food.fresh-fruit.durian", "2023-07-16").amount()).isEqualTo(5000);
        assertThat(deposit("food.fresh-fruit.durian", "2023-07-17").amount()).isEqualTo(20000);
    }

    @Test
    void aRowCoversItsCodeAndEveryCodeBelowButNoCodeThatMerelyStartsWithTheSameLetters() {
        assertThat(deposit("food.fresh-fruit.durian", LocalDate.of(2023, 7, 16)).rule()).isEqualTo("fresh-fruit");
        assertThat(deposit("food.fresh-fruit.durian.musang-king")).isEqualTo(new Deposit(20000, "durian-since-2023-07-17"));
        // Not a catalogue code: it proves that "food.fresh-fruit" is matched as a path, not as a prefix of letters.
        assertThat(deposit("food.fresh-fruitcake")).isEqualTo(new Deposit(5000, "other-food"));
        assertThat(deposit("food.fresh-fruit.duriancake", LocalDate.of(2023, 7, 17))).isEqualTo(new Deposit(5000, "fresh-fruit"));
        assertThat(deposit("foodstuff")).isEqualTo(new Deposit(2000, "any-other-category"));
        assertThat(deposit("homeware")).isEqualTo(new Deposit(2000, "any-other-category"));
    }

    @Test
    void withoutTheApplicationDateNoRowAnswersRatherThanTheFreshFruitDepositForDurian() {
        for (String category : List.of("food.fresh-fruit.durian", "food", "books")) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("category", category);
            variables.put("applicationDate", null);
            var evaluation = DECISION.evaluate(variables);
            assertThat(evaluation.matchedRules()).as(category).isEmpty();
            assertThat(evaluation.result().getSingleResult()).as(category).isNull();
        }
    }
}
