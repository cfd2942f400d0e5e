package com.platform.onboarding.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Test
    void aCallerWhoGuessesWaitsWhileEveryoneElseComesIn() {
        var throttle = new LoginThrottle(5, 50, Duration.ofMinutes(15), Duration.ofMinutes(15), meters, (user, until) -> {});
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.mayTry("203.0.113.9", "reviewer")).isTrue();
            throttle.failed("203.0.113.9", "reviewer");
        }

        assertThat(throttle.mayTry("203.0.113.9", "reviewer")).isFalse();
        assertThat(throttle.mayTry("203.0.113.9", "ops")).as("another user from there").isTrue();
        assertThat(throttle.mayTry("198.51.100.7", "reviewer")).as("the reviewer from their own desk").isTrue();
        assertThat(meters.counter("onboarding.login.accounts.held").count()).isZero();
    }

    @Test
    void guessesFromEverywhereHoldTheAccountForAStatedTimeThenItOpensByItselfAndOpsAreAlerted() throws Exception {
        var told = new ArrayList<String>();
        var throttle = new LoginThrottle(5, 10, Duration.ofMinutes(15), Duration.ofMillis(300), meters,
                (user, until) -> told.add(user));
        for (int i = 0; i < 11; i++) {
            throttle.failed("203.0.113." + i, "payments");
        }
        // Guesses that still arrive while it is held (another node's door, a request already past the check).
        for (int i = 0; i < 5; i++) {
            throttle.failed("203.0.114." + i, "payments");
        }

        assertThat(throttle.mayTry("198.51.100.7", "payments")).isFalse();
        assertThat(meters.counter("onboarding.login.accounts.held").count()).isEqualTo(1);
        assertThat(told).as("ops are told once per hold").containsExactly("payments");
        Thread.sleep(400);
        assertThat(throttle.mayTry("198.51.100.7", "payments")).isTrue();

        // The guessing goes on: a new hold, a new alert.
        throttle.failed("203.0.115.1", "payments");
        assertThat(throttle.mayTry("198.51.100.7", "payments")).isFalse();
        assertThat(told).containsExactly("payments", "payments");
    }
}
