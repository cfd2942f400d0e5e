package com.platform.onboarding;

import com.platform.onboarding.deposit.Deposits;
import com.platform.onboarding.merchant.MerchantDirectory;
import com.platform.onboarding.qualification.QualificationRules;
import com.platform.onboarding.screening.Screening;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The one test configuration: every Spring test shares one context and so one engine named "default" (several
 * configurations would leave several engines in the static registry and REST could talk to the wrong one).
 * Real HTTP on a random port, an in-memory database, the job executor off so that tests fire jobs themselves.
 * Domain services that process tests count or steer are spies here, once for all, for the same reason: real unless a
 * test says otherwise, reset after each test. Metrics are exported as in production (Spring Boot tests would drop the
 * Prometheus registry), so that a test reads the scrape a Prometheus server gets. Every statement is counted
 * ({@link StatementCounter}), for the statement budget of an onboarding.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:onboarding-test;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false",
        "onboarding.demo-data=true",
        // Every test registers from loopback; RegistrationLimitsHttpTest speaks from addresses of its own.
        "onboarding.registration-limits.per-address=100000",
        // Tests' merchants write from example.com, whose addresses count as confirmed; AddressConfirmationHttpTest
        // registers at example.org, where an address waits for its link as in production.
        "onboarding.address-confirmation.trusted-domains=example.com",
        // A change of the validity horizon that ops scheduled for a day far ahead (ScheduledValidityChangeHttpTest): no
        // other test judges on or after it. A list is replaced whole, so the row in force is repeated.
        "onboarding.minimum-validity[0].effective-from=2025-03-22",
        "onboarding.minimum-validity[0].value=30",
        "onboarding.minimum-validity[1].effective-from=2099-07-01",
        "onboarding.minimum-validity[1].value=45",
        // GreenMail's test port: delivery jobs run only when a test fires them.
        "spring.mail.host=localhost",
        "spring.mail.port=3025"})
@AutoConfigureObservability(tracing = false)
@Import({ExpressionProbe.class, StatementCounter.class})
@MockitoSpyBean(types = {Screening.class, QualificationRules.class, Deposits.class, MerchantDirectory.class})
public @interface OnboardingTest {}
