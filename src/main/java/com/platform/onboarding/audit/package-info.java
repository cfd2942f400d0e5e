/**
 * The audit trail (append-only, written in the transaction of each event) and the audit pack an application's
 * auditors read, as JSON or PDF; what only the engine holds (document bytes, decision versions) comes through
 * EngineRecords, which the process module implements.
 */
@ApplicationModule(displayName = "Audit")
package com.platform.onboarding.audit;

import org.springframework.modulith.ApplicationModule;
