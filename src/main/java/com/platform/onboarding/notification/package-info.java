/**
 * Every message a person must hear about, recorded first and then delivered, and the confirmation of an address.
 */
@ApplicationModule(displayName = "Notifications")
package com.platform.onboarding.notification;

import org.springframework.modulith.ApplicationModule;
