package com.platform.onboarding.audit;

import java.util.Optional;

/**
 * What the pack needs from the process engine, which this package never sees (implemented in process/): the bytes a
 * document variable holds now, and who holds its reviews now.
 */
public interface EngineRecords {

    /** The latest bytes stored under this document name, if the engine still has them. */
    Optional<byte[]> documentBytes(String applicationId, String documentName);

    /** Whether this user has claimed an open review task of the application: working on it, before any decision. */
    boolean holdsReview(String applicationId, String username);
}
