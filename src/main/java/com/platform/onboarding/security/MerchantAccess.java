package com.platform.onboarding.security;

import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/** A merchant reads their own process instances, and nobody else's; tasks are granted by the engine to the assignee. */
@Component
public class MerchantAccess {

    private final Authorizations authorizations;

    MerchantAccess(Authorizations authorizations) {
        this.authorizations = authorizations;
    }

    public void grantProcessInstance(String username, String processInstanceId) {
        authorizations.grantUser(username, Resources.PROCESS_INSTANCE, processInstanceId, ProcessInstancePermissions.READ);
        authorizations.grantUser(username, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId,
                HistoricProcessInstancePermissions.READ);
    }
}
