package com.platform.onboarding.audit;

import java.time.Instant;
import java.util.Map;

/** One entry of the trail: when, what, who (null for the platform itself) and the evidence. */
public record AuditEvent(Instant at, AuditKind kind, String actor, Map<String, Object> details) {}
