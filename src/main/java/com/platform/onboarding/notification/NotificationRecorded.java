package com.platform.onboarding.notification;

/** Published in the recording transaction: delivery is started by whoever listens, and rolls back with it. */
public record NotificationRecorded(String notificationId, String applicationId) {}
