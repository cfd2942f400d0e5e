package com.platform.onboarding.security;

import com.platform.onboarding.merchant.MerchantAccounts;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

@Component
class CamundaMerchantAccounts implements MerchantAccounts {

    private final IdentityService identityService;

    CamundaMerchantAccounts(IdentityService identityService) {
        this.identityService = identityService;
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
    }
}
