package com.platform.onboarding.deadline;

import com.platform.onboarding.OnboardingProperties;
import java.nio.file.Path;
import java.time.Period;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one working-day calendar of this node, read at start from the shipped years and ops' directory. */
@Configuration(proxyBeanMethods = false)
class WorkingDays {

    @Bean
    WorkingCalendar workingCalendar(OnboardingProperties properties,
            @Value("${onboarding.working-calendar.directory:}") String directory,
            @Value("${onboarding.working-calendar.warn-ahead:60d}") Period warnAhead) {
        return new WorkingCalendar(properties.businessZone(), warnAhead,
                CalendarFiles.load(directory.isBlank() ? null : Path.of(directory)));
    }
}
