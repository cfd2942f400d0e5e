package com.platform.onboarding;

import com.platform.onboarding.security.Groups;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;

/** A one-task model offered to reviewers: a review task without a whole onboarding in front of it. */
public final class ReviewProbe {

    private ReviewProbe() {}

    /** Deploys the model {@code key} once, starts it and returns its task's id. */
    public static String taskOfferedToReviewers(String key, RepositoryService repositoryService,
            RuntimeService runtimeService, TaskService taskService) {
        if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count() == 0) {
            repositoryService.createDeployment().addModelInstance(key + ".bpmn",
                    Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
                            .startEvent().userTask("review").camundaCandidateGroups(Groups.REVIEWERS).endEvent().done())
                    .deploy();
        }
        var instance = runtimeService.startProcessInstanceByKey(key);
        return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
    }
}
