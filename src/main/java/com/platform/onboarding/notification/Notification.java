package com.platform.onboarding.notification;

import java.time.Instant;

/** {@code heldAt}: when its delivery found the merchant's address not yet confirmed; it goes out once it is. */
public record Notification(String id, String applicationId, String event, String recipient, String subject,
        String body, Instant createdAt, Instant deliveredAt, String deliveredBy, Instant heldAt) {}
