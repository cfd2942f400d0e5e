/**
 * The factory programme (快质造): the audit report's rules, the tier and OEM levels, the preference for review.
 */
@ApplicationModule(displayName = "Factory programme")
package com.platform.onboarding.factory;

import org.springframework.modulith.ApplicationModule;
