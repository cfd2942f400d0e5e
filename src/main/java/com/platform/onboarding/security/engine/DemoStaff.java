package com.platform.onboarding.security.engine;

import com.platform.onboarding.OnboardingProperties;
import com.platform.onboarding.security.Groups;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The README's demo staff, all with the demo password (which follows the password rules like any other). Only in demo
 * mode; the admin comes from camunda.bpm.admin-user.
 */
@Component
@Order(20)
class DemoStaff implements ApplicationRunner {

    private final OnboardingProperties properties;
    private final IdentityService identityService;
    private final String password;

    DemoStaff(OnboardingProperties properties, IdentityService identityService,
            @Value("${onboarding.demo-password}") String password) {
        this.properties = properties;
        this.identityService = identityService;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demoData()) {
            return;
        }
        ensureUser("reviewer", "Demo", "Reviewer", Groups.REVIEWERS);
        ensureUser("reviewer2", "Second", "Reviewer", Groups.REVIEWERS);
        ensureUser("ops", "Demo", "Operator", Groups.OPS);
        ensureUser("payments", "Payment", "System", Groups.PAYMENTS);
    }

    private void ensureUser(String id, String firstName, String lastName, String group) {
        if (identityService.createUserQuery().userId(id).count() > 0) {
            return;
        }
        var user = identityService.newUser(id);
        user.setPassword(password);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEmail(id + "@demo.example");
        identityService.saveUser(user);
        identityService.createMembership(id, group);
    }
}
