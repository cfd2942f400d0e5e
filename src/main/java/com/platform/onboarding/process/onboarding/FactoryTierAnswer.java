package com.platform.onboarding.process.onboarding;

import com.platform.onboarding.factory.TierUndetermined;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Reads the factory-tier decision's answer in determine-factory-tier's output mapping ({@code ${factoryTierAnswer...}}),
 * refusing an empty one by name: the expression language would quietly turn it into a missing tier. Public because
 * the expression language only calls public classes.
 */
@Component("factoryTierAnswer")
public class FactoryTierAnswer {

    public Object entry(DmnDecisionResult result, String name, DelegateExecution execution) {
        if (result == null || result.getSingleResult() == null) {
            throw new TierUndetermined(execution.getProcessBusinessKey());
        }
        return result.getSingleResult().getEntry(name);
    }
}
