package com.platform.onboarding.process;

import com.platform.onboarding.merchant.MerchantDirectory;
import org.springframework.stereotype.Component;

/**
 * Assignee of every merchant task, as {@code ${applicants.usernameOf(execution.processBusinessKey)}}. Not the
 * {@code merchantUsername} variable: a merchant completing a task may write any variable, and would hand the next
 * task, with its data, to someone else. Public because the expression language only calls public classes.
 */
@Component("applicants")
public class Applicants {

    private final MerchantDirectory directory;

    Applicants(MerchantDirectory directory) {
        this.directory = directory;
    }

    /** From the record: who applied to the factory programme is not a variable a merchant could flip. */
    public boolean inFactoryProgram(String applicationId) {
        return directory.find(applicationId).orElseThrow(() -> new IllegalStateException(
                "No merchant application " + applicationId)).factoryProgram();
    }

    public String usernameOf(String applicationId) {
        return directory.usernameOf(applicationId)
                .orElseThrow(() -> new IllegalStateException("No merchant application " + applicationId));
    }
}
