/**
 * The BPMN models and the code they call, one room per model: process.onboarding (with its deposit phase and the
 * merchant's API over it), process.expirywatch and process.delivery. Here, the toolkit they share: what a task takes
 * and how its input is read and refused, task forms, times and subjects. The only module that knows model names.
 */
@ApplicationModule(displayName = "Process")
package com.platform.onboarding.process;

import org.springframework.modulith.ApplicationModule;
