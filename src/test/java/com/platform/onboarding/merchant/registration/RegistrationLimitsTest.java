package com.platform.onboarding.merchant.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RegistrationLimitsTest {

    private final RegistrationLimits limits = new RegistrationLimits(3, 2, Duration.ofHours(1));

    @Test
    void anAddressMakesSoManyAttemptsAPeriodThenWaits() {
        assertThat(limits.attempt("203.0.113.7")).isEmpty();
        assertThat(limits.attempt("203.0.113.7")).isEmpty();
        assertThat(limits.attempt("203.0.113.7")).isEmpty();

        var wait = limits.attempt("203.0.113.7");
        assertThat(wait).isPresent();
        assertThat(wait.get()).isBetween(Duration.ofMinutes(15), Duration.ofMinutes(21));
        // Another caller is not held back by the first.
        assertThat(limits.attempt("198.51.100.1")).isEmpty();
    }

    @Test
    void anEmailAddressIsWrittenToSoManyTimesThenWaitsWhateverItsCase() {
        assertThat(limits.mayWrite("victim@example.com")).isEmpty();
        limits.registered("victim@example.com");
        limits.registered(" Victim@Example.com ");

        assertThat(limits.mayWrite("VICTIM@example.com")).isPresent();
        assertThat(limits.mayWrite("other@example.com")).isEmpty();
    }

    @Test
    void onlyRegistrationsTakenCountAgainstAnEmailAddress() {
        for (int i = 0; i < 10; i++) {
            assertThat(limits.mayWrite("victim@example.com")).isEmpty();
        }
    }
}
