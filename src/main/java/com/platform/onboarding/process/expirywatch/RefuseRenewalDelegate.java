package com.platform.onboarding.process.expirywatch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.platform.onboarding.merchant.QualificationOutcomes;
import com.platform.onboarding.process.expirywatch.QualificationExpiryWatch.Variables;
import com.platform.onboarding.qualification.QualificationIssue;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component
class RefuseRenewalDelegate implements JavaDelegate {

    private final QualificationOutcomes outcomes;
    private final ObjectMapper json = new ObjectMapper();

    RefuseRenewalDelegate(QualificationOutcomes outcomes) {
        this.outcomes = outcomes;
    }

    @Override
    public void execute(DelegateExecution execution) throws JsonProcessingException {
        var issues = json.readValue((String) execution.getVariable(Variables.QUALIFICATION_ISSUES),
                QualificationIssue[].class);
        outcomes.refuse(execution.getProcessBusinessKey(), (String) execution.getVariable(Variables.QUALIFICATION_TYPE),
                List.of(issues));
    }
}
