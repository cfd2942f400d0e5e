/**
 * The merchant and their application: the application as an aggregate that guards its own status, its outcomes and
 * notices, the directory others read it through, the overseas plan; registration in merchant.registration.
 */
@ApplicationModule(displayName = "Merchant")
package com.platform.onboarding.merchant;

import org.springframework.modulith.ApplicationModule;
