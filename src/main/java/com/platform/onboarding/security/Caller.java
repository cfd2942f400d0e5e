package com.platform.onboarding.security;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Set;

/** Who sent a request to our own /api, authenticated against the engine's identity store; kept in a session. */
public record Caller(String username, Set<String> groups) implements Serializable {

    public boolean inAny(String... candidates) {
        return Arrays.stream(candidates).anyMatch(groups::contains);
    }

    /** Refuses the request (403) unless the caller is in one of these groups. */
    public void require(String... candidates) {
        if (!inAny(candidates)) {
            throw new NotAllowed(username, candidates);
        }
    }
}
