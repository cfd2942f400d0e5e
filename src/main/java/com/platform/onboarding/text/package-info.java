/**
 * Text a person will read, refused when it hides what it says.
 */
@ApplicationModule(displayName = "Text")
package com.platform.onboarding.text;

import org.springframework.modulith.ApplicationModule;
