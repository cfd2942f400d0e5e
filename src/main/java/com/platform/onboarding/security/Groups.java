package com.platform.onboarding.security;

/** The roles of the product, as Camunda groups. */
public final class Groups {

    public static final String MERCHANTS = "merchants";
    public static final String REVIEWERS = "reviewers";
    public static final String OPS = "ops";
    /** The payment system: reports payments to POST /api/payments and reads them back there; no engine rights. */
    public static final String PAYMENTS = "payments";
    /** The engine's own administrators group: every permission on every resource. */
    public static final String ADMINS = "camunda-admin";

    private Groups() {}
}
