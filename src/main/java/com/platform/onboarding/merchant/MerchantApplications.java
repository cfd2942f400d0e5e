package com.platform.onboarding.merchant;

import com.platform.onboarding.notification.AddressConfirmations;
import com.platform.onboarding.notification.NotificationEvent;
import com.platform.onboarding.notification.Notifications;
import com.platform.onboarding.security.MerchantAccounts;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Takes registrations: all of it (record, login, process) or, on any refusal or failure, none of it. */
@Service
class MerchantApplications {

    private final RegistrationRules rules;
    private final MerchantAccounts accounts;
    private final MerchantApplicationRepository repository;
    private final ApplicationEventPublisher events;
    private final Notifications notifications;
    private final AddressConfirmations confirmations;
    private final Clock clock;

    MerchantApplications(RegistrationRules rules, MerchantAccounts accounts, MerchantApplicationRepository repository,
            ApplicationEventPublisher events, Notifications notifications, AddressConfirmations confirmations, Clock clock) {
        this.rules = rules;
        this.accounts = accounts;
        this.repository = repository;
        this.events = events;
        this.notifications = notifications;
        this.confirmations = confirmations;
        this.clock = clock;
    }

    @Transactional
    String register(Registration registration) {
        var violations = rules.check(registration);
        if (violations.stream().noneMatch(v -> v.field().equals("username")) && accounts.exists(registration.username())) {
            violations.add(usernameTaken(registration.username()));
        }
        if (!violations.isEmpty()) {
            throw new RegistrationRefused(violations);
        }
        var application = new MerchantApplication(
                UUID.randomUUID().toString(),
                registration.username(),
                registration.merchantName().strip(),
                registration.contactEmail().strip(),
                RegistrationRules.entityType(registration.entityType()),
                registration.category(),
                RegistrationRules.markets(registration.overseasMarkets()),
                Boolean.TRUE.equals(registration.factoryProgram()),
                ApplicationStatus.APPLYING,
                null,
                null,
                List.of(),
                clock.instant());
        open(application, registration.password());
        return application.applicationId();
    }

    /** For callers that have already vouched for the input, such as the demo seed. */
    @Transactional
    void open(MerchantApplication application, String password) {
        try {
            repository.insert(application);
        } catch (DuplicateKeyException raced) {
            // Two registrations of one name at once: the unique user name decides, the second is told as usual.
            throw new RegistrationRefused(List.of(usernameTaken(application.username())));
        }
        accounts.createMerchant(application.username(), password, application.merchantName(), application.contactEmail());
        confirmations.open(application.applicationId(), application.contactEmail());
        notifications.record(application.applicationId(), application.contactEmail(),
                NotificationEvent.REGISTRATION_RECEIVED, application.merchantName(), application.applicationId());
        events.publishEvent(new ApplicationSubmitted(application));
    }

    private static Violation usernameTaken(String username) {
        return new Violation("username", "USERNAME_TAKEN", "The user name '" + username + "' is taken; choose another.",
                "用户名“" + username + "”已被使用，请换一个。");
    }
}
