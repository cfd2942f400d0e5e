/**
 * Review decisions and the ledger of who decided what, read by four eyes and by activation.
 */
@ApplicationModule(displayName = "Reviews")
package com.platform.onboarding.review;

import org.springframework.modulith.ApplicationModule;
