package com.platform.onboarding.screening;

/** A merchant matched the risk list: the outcome of screening that ends an application. */
public record RiskHit(RiskReason reason, String entryId, String matchedOn) {}
