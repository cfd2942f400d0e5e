/**
 * Screening against the risk list, by canonical name and credit code, and the list's maintenance.
 */
@ApplicationModule(displayName = "Screening")
package com.platform.onboarding.screening;

import org.springframework.modulith.ApplicationModule;
