package com.platform.onboarding.security;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

@Component
class CamundaMerchantAccounts implements MerchantAccounts {

    private final IdentityService identityService;
    private final Authorizations authorizations;

    CamundaMerchantAccounts(IdentityService identityService, Authorizations authorizations) {
        this.identityService = identityService;
        this.authorizations = authorizations;
    }

    @Override
    public boolean exists(String username) {
        return identityService.createUserQuery().userId(username).count() > 0;
    }

    @Override
    public void createMerchant(String username, String password, String displayName, String email) {
        var user = identityService.newUser(username);
        user.setPassword(password);
        user.setFirstName(displayName);
        user.setLastName("");
        user.setEmail(email);
        identityService.saveUser(user);
        identityService.createMembership(username, Groups.MERCHANTS);
        // The engine gives a new user ALL on their own user; a merchant never reaches the engine, our code changes it.
        authorizations.revokeUsers(username);
    }

    @Override
    public boolean passwordMatches(String username, String password) {
        return identityService.checkPassword(username, password);
    }

    @Override
    public void changePassword(String username, String newPassword) {
        var user = identityService.createUserQuery().userId(username).singleResult();
        user.setPassword(newPassword);
        identityService.saveUser(user);
    }
}
