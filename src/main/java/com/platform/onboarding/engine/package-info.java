/**
 * Runs the engine for the service: deploys the models and forms, the clock the engine and we share, engine metrics
 * and health, the job acquisition index, and task input refusals answered as 400 on both engine API mounts.
 */
@ApplicationModule(displayName = "Engine operations")
package com.platform.onboarding.engine;

import org.springframework.modulith.ApplicationModule;
