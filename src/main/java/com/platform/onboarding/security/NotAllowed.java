package com.platform.onboarding.security;

import java.util.Arrays;

/** The caller is known but their role does not reach this far. */
public class NotAllowed extends RuntimeException {

    NotAllowed(String username, String[] groups) {
        super("'" + username + "' is not in " + Arrays.toString(groups));
    }
}
