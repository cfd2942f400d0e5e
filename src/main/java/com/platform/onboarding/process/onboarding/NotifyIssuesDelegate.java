package com.platform.onboarding.process.onboarding;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.platform.onboarding.merchant.MerchantNotices;
import com.platform.onboarding.process.onboarding.MerchantOnboarding.Variables;
import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The issues of the last automated check (qualifications or factory audit), as the merchant will read them. */
@Component
class NotifyIssuesDelegate implements JavaDelegate {

    private final MerchantNotices notices;
    private final ObjectMapper json = new ObjectMapper();

    NotifyIssuesDelegate(MerchantNotices notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) throws JsonProcessingException {
        var issues = new ArrayList<MerchantNotices.Issue>();
        for (var issue : json.readTree((String) execution.getVariable(Variables.QUALIFICATION_ISSUES))) {
            issues.add(new MerchantNotices.Issue(issue.path("messageZh").asText(), issue.path("messageEn").asText()));
        }
        notices.issuesFound(execution.getProcessBusinessKey(), issues);
    }
}
