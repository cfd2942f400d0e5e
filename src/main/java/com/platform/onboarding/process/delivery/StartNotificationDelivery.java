package com.platform.onboarding.process.delivery;

import com.platform.onboarding.notification.NotificationRecorded;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Every recorded notification gets its own delivery job, started in the same transaction as the record. */
@Component
class StartNotificationDelivery {

    private final RuntimeService runtimeService;

    StartNotificationDelivery(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    @EventListener
    void on(NotificationRecorded recorded) {
        runtimeService.startProcessInstanceByKey(NotificationDelivery.PROCESS_KEY, recorded.applicationId(),
                Map.of(NotificationDelivery.Variables.NOTIFICATION_ID, recorded.notificationId()));
    }
}
