/**
 * Qualifications: the rules that judge them on a day, credit codes, held qualifications and their expiry reminders.
 */
@ApplicationModule(displayName = "Qualifications")
package com.platform.onboarding.qualification;

import org.springframework.modulith.ApplicationModule;
