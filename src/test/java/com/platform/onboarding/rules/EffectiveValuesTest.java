package com.platform.onboarding.rules;

import com.platform.onboarding.Effective;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EffectiveValuesTest {

    static final LocalDate NOTICE = LocalDate.of(2025, 3, 22);
    static final LocalDate CHANGE = LocalDate.of(2027, 1, 1);

    // Given out of order on purpose: the history sorts itself by date.
    private final EffectiveValues<Integer> days = new EffectiveValues<>(
            List.of(new Effective<>(CHANGE, 45), new Effective<>(NOTICE, 30)));

    @Test
    void theDayBeforeAChangeKeepsTheOldValueAndTheDayItselfTakesTheNew() {
        assertThat(days.on(CHANGE.minusDays(1))).isEqualTo(30);
        assertThat(days.on(CHANGE)).isEqualTo(45);
        assertThat(days.inForceOn(CHANGE.minusDays(1))).contains(new Effective<>(NOTICE, 30));
        assertThat(days.inForceOn(CHANGE)).contains(new Effective<>(CHANGE, 45));
    }

    @Test
    void beforeTheFirstValueNothingIsInForceAndAskingForAValueIsRefusedByName() {
        assertThat(days.inForceOn(NOTICE.minusDays(1))).isEmpty();
        assertThat(days.on(NOTICE)).isEqualTo(30);
        assertThatThrownBy(() -> days.on(NOTICE.minusDays(1)))
                .isInstanceOf(EffectiveValues.NoValueInForce.class).hasMessageContaining("2025-03-21");
    }

    @Test
    void aChangeIsScheduledUntilItsDayAndNotFromIt() {
        assertThat(days.scheduledAfter(CHANGE.minusDays(1))).containsExactly(new Effective<>(CHANGE, 45));
        assertThat(days.scheduledAfter(CHANGE)).isEmpty();
        assertThat(days.scheduledAfter(NOTICE.minusDays(1))).extracting(Effective::value).containsExactly(30, 45);
    }

    @Test
    void twoValuesOnOneDayAreRefused() {
        assertThatThrownBy(() -> new EffectiveValues<>(List.of(new Effective<>(NOTICE, 30), new Effective<>(NOTICE, 45))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2025-03-22");
    }

    @Test
    void aValueNeedsItsDateAndADateItsValue() {
        assertThatThrownBy(() -> new Effective<>(null, 30)).hasMessageContaining("effective-from");
        assertThatThrownBy(() -> new Effective<>(NOTICE, null)).hasMessageContaining("value");
    }
}
