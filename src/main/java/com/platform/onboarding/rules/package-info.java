/**
 * Rules with effective dates: each configurable figure's history, the value in force on a day, and what staff read at
 * GET /api/rules (with the deployed decisions, which the engine module lists).
 */
@ApplicationModule(displayName = "Dated rules")
package com.platform.onboarding.rules;

import org.springframework.modulith.ApplicationModule;
