package com.platform.onboarding.process.expirywatch;

import com.platform.onboarding.merchant.QualificationOutcomes;
import com.platform.onboarding.process.AuditRecords;
import com.platform.onboarding.qualification.ExpiryReminders;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * Judges a renewal that came as a QualificationRenewed message: {@code validUntil}, {@code {type}Document},
 * optionally {@code {type}Number} and {@code {type}ValidFrom}; the rest as for the renewal task.
 */
@Component
class CheckReceivedRenewalDelegate extends CheckRenewalDelegate {

    CheckReceivedRenewalDelegate(QualificationOutcomes outcomes, ExpiryReminders reminders, Clock clock,
            AuditRecords audit) {
        super(outcomes, reminders, clock, audit);
    }

    @Override
    String validUntilField(String type) {
        return QualificationExpiryWatch.Variables.VALID_UNTIL;
    }
}
