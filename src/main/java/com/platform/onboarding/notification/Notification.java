package com.platform.onboarding.notification;

import java.time.Instant;

public record Notification(String id, String applicationId, String event, String recipient, String subject,
        String body, Instant createdAt, Instant deliveredAt, String deliveredBy) {}
