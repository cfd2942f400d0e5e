/**
 * Who may come in and what they may do: the API door (sessions, callers, problem answers, login throttling, headers,
 * body limits), merchants' accounts and password rules; the engine's door for staff in security.engine.
 */
@ApplicationModule(displayName = "Security")
package com.platform.onboarding.security;

import org.springframework.modulith.ApplicationModule;
