package com.platform.onboarding.rules;

import java.util.List;

/** The decision tables deployed in the engine, newest version of each: dated rows live inside them. */
public interface DeployedDecisions {

    record DecisionVersion(String key, String name, int version) {}

    List<DecisionVersion> latest();
}
