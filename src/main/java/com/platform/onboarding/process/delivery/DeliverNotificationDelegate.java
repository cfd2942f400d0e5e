package com.platform.onboarding.process.delivery;

import com.platform.onboarding.notification.Notifications;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component
class DeliverNotificationDelegate implements JavaDelegate {

    private final Notifications notifications;

    DeliverNotificationDelegate(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notifications.deliver((String) execution.getVariable(NotificationDelivery.Variables.NOTIFICATION_ID));
    }
}
