/**
 * How long merchants and reviewers have: durations and business days in the business zone.
 */
@ApplicationModule(displayName = "Deadlines")
package com.platform.onboarding.deadline;

import org.springframework.modulith.ApplicationModule;
