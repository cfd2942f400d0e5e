package com.platform.onboarding.merchant;

import com.platform.onboarding.notification.Notification;
import com.platform.onboarding.notification.Notifications;
import com.platform.onboarding.security.Caller;
import com.platform.onboarding.security.Groups;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** What was sent to a merchant, and when; the record of every message even where no mail server is configured. */
@RestController
class NotificationController {

    private final Notifications notifications;
    private final MerchantDirectory directory;

    NotificationController(Notifications notifications, MerchantDirectory directory) {
        this.notifications = notifications;
        this.directory = directory;
    }

    @GetMapping("/api/merchants/{applicationId}/notifications")
    ResponseEntity<List<Notification>> list(Caller caller, @PathVariable String applicationId) {
        boolean mayRead = directory.visibleTo(caller, applicationId, Groups.REVIEWERS, Groups.OPS, Groups.ADMINS)
                .isPresent();
        return mayRead ? ResponseEntity.ok(notifications.of(applicationId)) : ResponseEntity.notFound().build();
    }
}
