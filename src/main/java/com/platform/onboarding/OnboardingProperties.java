package com.platform.onboarding;

import java.time.Duration;
import com.platform.onboarding.Effective;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Everything ops may change without a code change, bound from {@code onboarding.*}.
 *
 * @param businessZone the zone in which business dates (a review day, an expiry day) are counted
 * @param minimumValidity how many days a qualification must still be valid on the review day, each from its date
 * @param maxShippingDays the longest shipping time a merchant may commit to in the overseas agreement, each from its
 *        date
 * @param shippingLimits shorter limits for categories and their descendants (fresh fruit: 15 days), each from its date
 * @param thirdPartyAuditMaxAge how old a third-party factory audit report may be on the review day, each from its date
 * @param fourEyesFromDeposit from which category deposit (CNY) a second reviewer must approve the qualifications
 * @param demoData whether to seed the demo users of the README (never in production)
 * @param factoryProgramCategories first-level categories open to the factory (快质造) programme
 * @param categories the category catalogue a merchant may apply for
 * @param reservedUsernames names no merchant may register, so that nobody passes for platform staff
 * @param opsMailbox where ops hear about suspensions and overdue reviews
 * @param deadlines how long merchants and reviewers have, and when they are reminded
 * @param expiryReminders how long before a qualification's last valid day the merchant is reminded; the longest
 *        also opens the renewal task
 */
@ConfigurationProperties("onboarding")
public record OnboardingProperties(
        ZoneId businessZone,
        List<Effective<Integer>> minimumValidity,
        List<Effective<Integer>> maxShippingDays,
        List<ShippingLimit> shippingLimits,
        List<Effective<Period>> thirdPartyAuditMaxAge,
        long fourEyesFromDeposit,
        boolean demoData,
        List<String> factoryProgramCategories,
        List<Category> categories,
        List<String> reservedUsernames,
        String opsMailbox,
        Deadlines deadlines,
        List<Duration> expiryReminders) {

    public record Category(String code, String zh, String en) {}

    public record ShippingLimit(String category, List<Effective<Integer>> maxDays) {}

    /**
     * Each duration is a list of values, each from the business day it takes effect; a step uses the values in force on
     * the day it becomes due.
     *
     * @param merchantReminder after how long an open merchant task (or an unpaid deposit) is reminded of
     * @param merchantLapse    after how long it lapses the application
     * @param reviewSlaBusinessDays how many working days a review may take (in the business zone, public holidays
     *        skipped and make-up days counted: deadline/WorkingCalendar)
     * @param escalatedPriority the priority an overdue review is raised to (fresh tasks have 50, preferred factories 80)
     */
    public record Deadlines(List<Effective<Duration>> merchantReminder, List<Effective<Duration>> merchantLapse,
            List<Effective<Integer>> reviewSlaBusinessDays, int escalatedPriority) {}
}
