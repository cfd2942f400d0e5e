package com.platform.onboarding.merchant;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/** {@code onboarding_applications{status}}: how many applications stand in each status, read from our table at scrape. */
@Component
class ApplicationGauges implements MeterBinder {

    private final MerchantApplicationRepository applications;

    ApplicationGauges(MerchantApplicationRepository applications) {
        this.applications = applications;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (var status : ApplicationStatus.values()) {
            Gauge.builder("onboarding.applications", applications, a -> a.countWithStatus(status))
                    .description("Merchant applications in this status")
                    .tag("status", status.name())
                    .register(registry);
        }
    }
}
