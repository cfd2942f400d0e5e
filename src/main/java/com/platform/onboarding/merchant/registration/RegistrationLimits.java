package com.platform.onboarding.merchant.registration;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Registration sends an e-mail to whatever address it is given, so it must not become a way to flood an address or
 * to fill the user table: so many registrations per caller address and per e-mail address in a period. Counted per
 * node (several nodes allow as many times the count); enough against a script, not a substitute for a gateway's
 * limits.
 */
@Component
class RegistrationLimits {

    /** Past this many tracked callers, the fully refilled ones (nobody to hold back) are forgotten. */
    private static final int TRACKED = 50_000;

    private final Limit perAddress;
    private final Limit perEmail;

    RegistrationLimits(@Value("${onboarding.registration-limits.per-address:10}") int perAddress,
            @Value("${onboarding.registration-limits.per-email:3}") int perEmail,
            @Value("${onboarding.registration-limits.period:1h}") Duration period) {
        this.perAddress = new Limit(perAddress, period);
        this.perEmail = new Limit(perEmail, period);
    }

    /** Every attempt from an address counts; empty if allowed, else how long the caller must wait. */
    Optional<Duration> attempt(String callerAddress) {
        return perAddress.take(callerAddress);
    }

    /**
     * Whether this address may be sent one more first e-mail. Only registrations that are taken count ({@link
     * #registered}): refused attempts send nothing, and must not let a stranger use up someone else's allowance.
     */
    Optional<Duration> mayWrite(String contactEmail) {
        return perEmail.waitFor(key(contactEmail));
    }

    void registered(String contactEmail) {
        perEmail.take(key(contactEmail));
    }

    private static String key(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    private static final class Limit {

        private final Bandwidth bandwidth;
        private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

        Limit(int count, Duration period) {
            this.bandwidth = Bandwidth.builder().capacity(count).refillGreedy(count, period).build();
        }

        Optional<Duration> waitFor(String key) {
            var bucket = buckets.get(key);
            if (bucket == null) {
                return Optional.empty();
            }
            var estimate = bucket.estimateAbilityToConsume(1);
            return estimate.canBeConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(estimate.getNanosToWaitForRefill()));
        }

        Optional<Duration> take(String key) {
            if (buckets.size() > TRACKED) {
                buckets.values().removeIf(b -> b.getAvailableTokens() >= bandwidth.getCapacity());
            }
            var probe = buckets.computeIfAbsent(key, k -> Bucket.builder().addLimit(bandwidth).build())
                    .tryConsumeAndReturnRemaining(1);
            return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }
}
