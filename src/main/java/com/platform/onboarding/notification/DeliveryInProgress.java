package com.platform.onboarding.notification;

/** Another run of the same delivery holds its claim: this run must not send; its job is retried later. */
public class DeliveryInProgress extends RuntimeException {

    DeliveryInProgress(String notificationId) {
        super("Notification " + notificationId + " is being delivered by another run; retried later");
    }
}
