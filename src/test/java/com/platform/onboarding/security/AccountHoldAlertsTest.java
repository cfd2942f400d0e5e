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
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;

class AccountHoldAlertsTest {

    @Test
    void anAttackOnManyAccountsSendsOpsABoundedNumberOfMails() {
        var notifications = mock(Notifications.class);
        var properties = mock(OnboardingProperties.class);
        Mockito.when(properties.opsMailbox()).thenReturn("ops@platform.example");
        Mockito.when(properties.businessZone()).thenReturn(ZoneId.of("Asia/Shanghai"));
        var alerts = new AccountHoldAlerts(notifications, properties, 3);

        for (int i = 0; i < 8; i++) {
            alerts.held("user-" + i, Instant.parse("2026-12-01T08:00:00Z"));
        }

        var facts = ArgumentCaptor.forClass(Object.class);
        verify(notifications, times(3)).alertStaff(eq("ops@platform.example"), eq(NotificationEvent.ACCOUNT_HELD),
                facts.capture(), any(), any(), any());
        assertThat(facts.getAllValues()).containsExactly("user-0", "user-1", "user-2");
    }

    @Test
    void aUserNameIsWrittenWithPlainCharactersOnly() {
        assertThat(AccountHoldAlerts.printable("ops\r\nALERT: fine\u202e")).isEqualTo("ops??ALERT??fine?");
    }
}
