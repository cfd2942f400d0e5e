package com.platform.onboarding.security;

/**
 * The merchant's login, kept by whatever identity store the platform runs. It lives with the other logins, so that
 * registration depends on security and security on nothing of ours.
 */
public interface MerchantAccounts {

    boolean exists(String username);

    void createMerchant(String username, String password, String displayName, String email);

    /** Checked as at sign-in, with the identity store's throttling of wrong guesses. */
    boolean passwordMatches(String username, String password);

    void changePassword(String username, String newPassword);
}
