/**
 * How long merchants and reviewers have: durations, and working days in the business zone from the calendar files
 * (public holidays and the weekend days worked in their place).
 */
@ApplicationModule(displayName = "Deadlines")
package com.platform.onboarding.deadline;

import org.springframework.modulith.ApplicationModule;
