package com.platform.onboarding.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wrong passwords hold back the caller who sends them, not the account: so many failures for one user from one address
 * in a period, and that address waits before it may try that user again. Only when failures for one user come from
 * everywhere (many addresses: a distributed guess) is the account itself held, for a stated time, after which it
 * opens by itself; that is logged as an alert, counted for ops' monitoring and told to ops once per hold
 * ({@link Holds}). The engine's own lockout, which a
 * stranger could make permanent for any user, is off (application.yaml).
 */
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    private static final int TRACKED = 50_000;

    private final Bandwidth perCaller;
    private final Bandwidth perUser;
    private final Duration userHold;
    private final Map<String, Bucket> callers = new ConcurrentHashMap<>();
    private final Map<String, Bucket> users = new ConcurrentHashMap<>();
    private final Map<String, Instant> heldUntil = new ConcurrentHashMap<>();
    private final Counter locks;
    private final Holds holds;

    /** Who hears of an account held. */
    interface Holds {
        void held(String userId, Instant until);
    }

    LoginThrottle(int failuresPerCaller, int failuresPerUser, Duration period, Duration userHold, MeterRegistry meters,
            Holds holds) {
        this.perCaller = Bandwidth.builder().capacity(failuresPerCaller).refillGreedy(failuresPerCaller, period).build();
        this.perUser = Bandwidth.builder().capacity(failuresPerUser).refillGreedy(failuresPerUser, period).build();
        this.userHold = userHold;
        this.holds = holds;
        this.locks = Counter.builder("onboarding.login.accounts.held")
                .description("Accounts held after failed logins from many addresses").register(meters);
    }

    /** Whether this caller may try this user's password now. */
    boolean mayTry(String address, String userId) {
        var until = heldUntil.get(key(userId));
        if (until != null) {
            if (Instant.now().isBefore(until)) {
                return false;
            }
            heldUntil.remove(key(userId), until);
        }
        var caller = callers.get(callerKey(address, userId));
        return caller == null || caller.getAvailableTokens() > 0;
    }

    void failed(String address, String userId) {
        forgetIfCrowded(callers, perCaller);
        forgetIfCrowded(users, perUser);
        callers.computeIfAbsent(callerKey(address, userId), k -> Bucket.builder().addLimit(perCaller).build())
                .tryConsume(1);
        boolean exhausted = !users.computeIfAbsent(key(userId), k -> Bucket.builder().addLimit(perUser).build())
                .tryConsume(1);
        Instant until = Instant.now().plus(userHold);
        if (exhausted && heldUntil.putIfAbsent(key(userId), until) == null) {
            locks.increment();
            log.warn("ALERT: failed logins for user '{}' from many addresses; the account is held for {} (it opens by"
                    + " itself then)", AccountHoldAlerts.printable(userId), userHold);
            holds.held(userId, until);
        }
    }

    private void forgetIfCrowded(Map<String, Bucket> buckets, Bandwidth bandwidth) {
        if (buckets.size() > TRACKED) {
            buckets.values().removeIf(b -> b.getAvailableTokens() >= bandwidth.getCapacity());
        }
    }

    private static String key(String userId) {
        return userId == null ? "" : userId.toLowerCase(Locale.ROOT);
    }

    private static String callerKey(String address, String userId) {
        return address + " " + key(userId);
    }
}
