package com.platform.onboarding.security.engine;

import com.platform.onboarding.security.Groups;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.ManagementServiceImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.management.SetJobRetriesBuilderImpl;
import org.camunda.bpm.engine.management.SetJobRetriesBuilder;
import org.camunda.bpm.engine.management.UpdateJobSuspensionStateBuilder;
import org.camunda.bpm.engine.management.UpdateJobSuspensionStateSelectBuilder;
import org.camunda.bpm.engine.management.UpdateJobSuspensionStateTenantBuilder;
import org.springframework.stereotype.Component;

/**
 * Jobs that belong to no process (the nightly history cleanup) are the installation's, not any application's: the
 * engine checks no rights on them at all, so any signed-in user could delete, stall or run them. Here only ops and
 * admins may; our own code and the job executor (no signed-in user) go on as before.
 */
@Component
class StandaloneJobs extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setManagementService(new GuardedManagementService(configuration));
    }

    static class GuardedManagementService extends ManagementServiceImpl {

        GuardedManagementService(ProcessEngineConfigurationImpl configuration) {
            super(configuration);
        }

        private void mayTouch(String jobId) {
            var caller = getCommandExecutor().execute(context -> context.getAuthentication());
            if (caller == null || jobId == null || caller.getGroupIds() != null
                    && (caller.getGroupIds().contains(Groups.OPS) || caller.getGroupIds().contains(Groups.ADMINS))) {
                return;
            }
            // Read past the caller's rights: a job they may not see must still be judged.
            var job = getCommandExecutor().execute(context -> context.getJobManager().findJobById(jobId));
            if (job != null && job.getProcessInstanceId() == null) {
                throw new AuthorizationException("Only ops and administrators may change the platform's own jobs."
                        + " / 平台自身的作业仅限运营和管理员操作。");
            }
        }

        @Override
        public void executeJob(String jobId) {
            mayTouch(jobId);
            super.executeJob(jobId);
        }

        @Override
        public void deleteJob(String jobId) {
            mayTouch(jobId);
            super.deleteJob(jobId);
        }

        @Override
        public void setJobRetries(String jobId, int retries) {
            mayTouch(jobId);
            super.setJobRetries(jobId, retries);
        }

        @Override
        public void setJobRetries(List<String> jobIds, int retries) {
            jobIds.forEach(this::mayTouch);
            super.setJobRetries(jobIds, retries);
        }

        @Override
        public SetJobRetriesBuilderImpl setJobRetries(int retries) {
            return new SetJobRetriesBuilderImpl(getCommandExecutor(), retries) {
                @Override
                public SetJobRetriesBuilder jobId(String jobId) {
                    mayTouch(jobId);
                    return super.jobId(jobId);
                }

                @Override
                public SetJobRetriesBuilder jobIds(List<String> jobIds) {
                    jobIds.forEach(GuardedManagementService.this::mayTouch);
                    return super.jobIds(jobIds);
                }
            };
        }

        @Override
        public void setJobDuedate(String jobId, Date newDuedate) {
            mayTouch(jobId);
            super.setJobDuedate(jobId, newDuedate);
        }

        @Override
        public void setJobDuedate(String jobId, Date newDuedate, boolean cascade) {
            mayTouch(jobId);
            super.setJobDuedate(jobId, newDuedate, cascade);
        }

        @Override
        public void recalculateJobDuedate(String jobId, boolean creationDateBased) {
            mayTouch(jobId);
            super.recalculateJobDuedate(jobId, creationDateBased);
        }

        @Override
        public void setJobPriority(String jobId, long priority) {
            mayTouch(jobId);
            super.setJobPriority(jobId, priority);
        }

        @Override
        public void activateJobById(String jobId) {
            mayTouch(jobId);
            super.activateJobById(jobId);
        }

        @Override
        public void suspendJobById(String jobId) {
            mayTouch(jobId);
            super.suspendJobById(jobId);
        }

        @Override
        public UpdateJobSuspensionStateSelectBuilder updateJobSuspensionState() {
            var select = super.updateJobSuspensionState();
            return new UpdateJobSuspensionStateSelectBuilder() {
                @Override
                public UpdateJobSuspensionStateBuilder byJobId(String jobId) {
                    mayTouch(jobId);
                    return select.byJobId(jobId);
                }

                @Override
                public UpdateJobSuspensionStateBuilder byJobDefinitionId(String jobDefinitionId) {
                    return select.byJobDefinitionId(jobDefinitionId);
                }

                @Override
                public UpdateJobSuspensionStateBuilder byProcessInstanceId(String processInstanceId) {
                    return select.byProcessInstanceId(processInstanceId);
                }

                @Override
                public UpdateJobSuspensionStateBuilder byProcessDefinitionId(String processDefinitionId) {
                    return select.byProcessDefinitionId(processDefinitionId);
                }

                @Override
                public UpdateJobSuspensionStateTenantBuilder byProcessDefinitionKey(String processDefinitionKey) {
                    return select.byProcessDefinitionKey(processDefinitionKey);
                }
            };
        }
    }
}
