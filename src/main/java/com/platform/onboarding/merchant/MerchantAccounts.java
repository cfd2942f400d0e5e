package com.platform.onboarding.merchant;

/** The merchant's login, kept by whatever identity store the platform runs. */
public interface MerchantAccounts {

    boolean exists(String username);

    void createMerchant(String username, String password, String displayName, String email);
}
