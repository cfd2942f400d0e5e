package com.platform.onboarding.security.engine;

import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The engine grants a task's assignee, owner and candidate user rights on the task. Merchants (and the payment
 * system) never reach the engine, so they get none: our merchant API checks ownership itself.
 */
@Component
class EngineGrantsForStaff extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setResourceAuthorizationProvider(new DefaultAuthorizationProvider() {
            @Override
            public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
                return outsider(newAssignee) ? null : super.newTaskAssignee(task, oldAssignee, newAssignee);
            }

            @Override
            public AuthorizationEntity[] newTaskOwner(Task task, String oldOwner, String newOwner) {
                return outsider(newOwner) ? null : super.newTaskOwner(task, oldOwner, newOwner);
            }

            @Override
            public AuthorizationEntity[] newTaskUserIdentityLink(Task task, String userId, String type) {
                return outsider(userId) ? null : super.newTaskUserIdentityLink(task, userId, type);
            }
        });
    }

    private static boolean outsider(String userId) {
        if (userId == null) {
            return false;
        }
        var context = Context.getCommandContext();
        return StaffOnlyEngine.outsider(context.getReadOnlyIdentityProvider().createGroupQuery(context)
                .groupMember(userId).list().stream().map(Group::getId).toList());
    }
}
