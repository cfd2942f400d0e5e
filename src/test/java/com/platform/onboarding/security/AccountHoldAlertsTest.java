package com.platform.onboarding.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import com.platform.onboarding.OnboardingProperties;
import com.platform.onboarding.notification.NotificationEvent;
import com.platform.onboarding.notification.Notifications;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;

class AccountHoldAlertsTest {

    private static OnboardingProperties properties() {
        var properties = mock(OnboardingProperties.class);
        Mockito.when(properties.opsMailbox()).thenReturn("ops@platform.example");
        Mockito.when(properties.businessZone()).thenReturn(ZoneId.of("Asia/Shanghai"));
        return properties;
    }

    @Test
    void anAttackOnManyAccountsSendsOpsABoundedNumberOfMails() {
        var notifications = mock(Notifications.class);
        var alerts = new AccountHoldAlerts(notifications, properties(), 3);

        for (int i = 0; i < 8; i++) {
            alerts.held("user-" + i, Instant.parse("2026-12-01T08:00:00Z"));
        }

        var facts = ArgumentCaptor.forClass(Object.class);
        verify(notifications, times(3)).alertStaff(eq("ops@platform.example"), eq(NotificationEvent.ACCOUNT_HELD),
                facts.capture(), any(), any(), any());
        assertThat(facts.getAllValues()).containsExactly("user-0", "user-1", "user-2");
    }

    @Test
    void theFirstAlertAfterTheLimitCountsTheHoldsLeftOut() throws Exception {
        var notifications = mock(Notifications.class);
        var alerts = new AccountHoldAlerts(notifications, properties(), 1, Duration.ofSeconds(2));
        var until = Instant.parse("2026-12-01T08:00:00Z");

        alerts.held("first", until);
        alerts.held("second", until);
        alerts.held("third", until);
        Thread.sleep(2_200);
        alerts.held("fourth", until);

        var sinceZh = ArgumentCaptor.forClass(Object.class);
        var sinceEn = ArgumentCaptor.forClass(Object.class);
        verify(notifications, times(2)).alertStaff(any(), any(), any(), any(), sinceZh.capture(), sinceEn.capture());
        assertThat(sinceZh.getAllValues()).first().isEqualTo("");
        assertThat(sinceZh.getAllValues().get(1).toString()).contains("另有 2 个账户");
        assertThat(sinceEn.getAllValues().get(1).toString()).contains("2 more accounts were held");
    }

    @Test
    void aUserNameIsWrittenWithPlainCharactersOnly() {
        assertThat(AccountHoldAlerts.printable("ops\r\nALERT: fine\u202e")).isEqualTo("ops??ALERT??fine?");
    }
}
