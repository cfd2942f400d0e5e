package com.platform.onboarding.process.delivery;

/** Mirrors bpmn/notification-delivery.bpmn. */
public final class NotificationDelivery {

    public static final String PROCESS_KEY = "notification-delivery";
    public static final String RESOURCE = "bpmn/notification-delivery.bpmn";

    public static final class Elements {
        public static final String NOTIFICATION_RECORDED = "notification-recorded";
        public static final String DELIVER_NOTIFICATION = "deliver-notification";
        public static final String NOTIFICATION_DELIVERED = "notification-delivered";

        private Elements() {}
    }

    public static final class Variables {
        public static final String NOTIFICATION_ID = "notificationId";

        private Variables() {}
    }

    private NotificationDelivery() {}
}
