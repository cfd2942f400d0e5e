package com.platform.onboarding.audit;

import java.util.List;
import java.util.Optional;

/**
 * What the pack needs from the process engine, which this package never sees (implemented in process/): the bytes a
 * document variable holds now, the decision tables evaluated for the application, and who holds its reviews now.
 */
public interface EngineRecords {

    /** The latest bytes stored under this document name, if the engine still has them. */
    Optional<byte[]> documentBytes(String applicationId, String documentName);

    /** Each decision evaluated for the application, as the engine's decision history keeps it. */
    List<DecisionApplied> decisions(String applicationId);

    /** Whether this user has claimed an open review task of the application: working on it, before any decision. */
    boolean holdsReview(String applicationId, String username);

    /** A DMN decision as evaluated: its key, the version deployed then, and when. */
    record DecisionApplied(String decisionKey, int version, java.time.Instant evaluatedAt) {}
}
