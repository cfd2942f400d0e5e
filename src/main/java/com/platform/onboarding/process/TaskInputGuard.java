package com.platform.onboarding.process;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.FormServiceImpl;
import org.camunda.bpm.engine.impl.TaskServiceImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;

/**
 * Holds every write to a task's variables to the task's own fields (as each model's {@link TaskInputs} declares),
 * inside the engine: the REST API, Tasklist's API under /camunda/api/engine and our own Java code all reach tasks
 * through these two services, whatever URL, encoding or mount the request came by. The names are judged before anything runs, so a refusal
 * (400) saves nothing. Delegates and listeners write through their execution, never through these services, and are
 * not held.
 */
@Component
public class TaskInputGuard extends AbstractProcessEnginePlugin {

    private final List<TaskInputs> models;
    private final Set<String> shown;
    private final GuardedTaskService tasks = new GuardedTaskService();

    TaskInputGuard(List<TaskInputs> models) {
        this.models = models;
        this.shown = models.stream().flatMap(model -> model.shown().stream()).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The fields a task takes; none for a task no model declares.
     *
     * @param variable the task's variables by name
     */
    public Set<String> taken(String taskKey, Function<String, Object> variable) {
        if (taskKey == null) {
            return Set.of();
        }
        return models.stream().map(model -> model.of(taskKey, variable)).flatMap(Optional::stream).findFirst()
                .orElse(Set.of());
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setTaskService(tasks);
        configuration.setFormService(new GuardedFormService());
    }

    /**
     * Refuses names the task does not take. A task the caller cannot see is left to the engine to refuse (403/404), so
     * that what a task takes is never told to someone who may not work on it.
     */
    void check(TaskServiceImpl tasks, String taskId, Collection<String> names) {
        if (taskId == null || names == null || names.isEmpty()
                || tasks.createTaskQuery().taskId(taskId).count() == 0) {
            return;
        }
        CommandExecutor executor = tasks.getCommandExecutor();
        Set<String> allowed = executor.execute(context -> {
            TaskEntity task = context.getTaskManager().findTaskById(taskId);
            // A task of no process (ops' refund of money not owed) holds only its own local notes: nothing decides there.
            return task == null || task.getProcessInstanceId() == null ? null
                    : taken(task.getTaskDefinitionKey(), task::getVariable);
        });
        if (allowed == null) {
            return;
        }
        var foreign = new TreeSet<>(names);
        foreign.removeAll(allowed);
        if (!foreign.isEmpty()) {
            throw InvalidTaskInput.notTaken(foreign, new TreeSet<>(allowed));
        }
    }

    /**
     * A completion that sends back what a form only shows (the review file) completes as if it had not: a form may
     * hand back every value it was given, and that one is ours to write, never the caller's.
     */
    <V> Map<String, V> withoutShown(Map<String, V> variables) {
        if (variables == null || shown.stream().noneMatch(variables::containsKey)) {
            return variables;
        }
        var taken = new LinkedHashMap<>(variables);
        taken.keySet().removeAll(shown);
        return taken;
    }

    private static Collection<String> namesOf(Map<String, ?> variables) {
        return variables == null ? List.of() : variables.keySet();
    }

    class GuardedTaskService extends TaskServiceImpl {

        @Override
        public void complete(String taskId, Map<String, Object> variables) {
            variables = withoutShown(variables);
            check(this, taskId, namesOf(variables));
            super.complete(taskId, variables);
        }

        @Override
        public VariableMap completeWithVariablesInReturn(String taskId, Map<String, Object> variables,
                boolean deserializeValues) {
            variables = withoutShown(variables);
            check(this, taskId, namesOf(variables));
            return super.completeWithVariablesInReturn(taskId, variables, deserializeValues);
        }

        @Override
        public void resolveTask(String taskId, Map<String, Object> variables) {
            check(this, taskId, namesOf(variables));
            super.resolveTask(taskId, variables);
        }

        @Override
        public void handleBpmnError(String taskId, String errorCode, String errorMessage, Map<String, Object> variables) {
            check(this, taskId, namesOf(variables));
            super.handleBpmnError(taskId, errorCode, errorMessage, variables);
        }

        @Override
        public void handleEscalation(String taskId, String escalationCode, Map<String, Object> variables) {
            check(this, taskId, namesOf(variables));
            super.handleEscalation(taskId, escalationCode, variables);
        }

        // setVariable, setVariables and their local forms end here, as do updateVariables and updateVariablesLocal.
        @Override
        protected void setVariables(String taskId, Map<String, ?> variables, boolean local) {
            check(this, taskId, namesOf(variables));
            super.setVariables(taskId, variables, local);
        }

        @Override
        protected void updateVariables(String taskId, Map<String, ?> modifications, Collection<String> deletions,
                boolean local) {
            var names = new TreeSet<>(namesOf(modifications));
            if (deletions != null) {
                names.addAll(deletions);
            }
            check(this, taskId, names);
            super.updateVariables(taskId, modifications, deletions, local);
        }

        @Override
        public void removeVariable(String taskId, String variableName) {
            check(this, taskId, List.of(String.valueOf(variableName)));
            super.removeVariable(taskId, variableName);
        }

        @Override
        public void removeVariableLocal(String taskId, String variableName) {
            check(this, taskId, List.of(String.valueOf(variableName)));
            super.removeVariableLocal(taskId, variableName);
        }

        @Override
        public void removeVariables(String taskId, Collection<String> variableNames) {
            check(this, taskId, variableNames);
            super.removeVariables(taskId, variableNames);
        }

        @Override
        public void removeVariablesLocal(String taskId, Collection<String> variableNames) {
            check(this, taskId, variableNames);
            super.removeVariablesLocal(taskId, variableNames);
        }
    }

    class GuardedFormService extends FormServiceImpl {

        @Override
        public void submitTaskForm(String taskId, Map<String, Object> properties) {
            properties = withoutShown(properties);
            check(tasks, taskId, namesOf(properties));
            super.submitTaskForm(taskId, properties);
        }

        @Override
        public VariableMap submitTaskFormWithVariablesInReturn(String taskId, Map<String, Object> properties,
                boolean deserializeValues) {
            properties = withoutShown(properties);
            check(tasks, taskId, namesOf(properties));
            return super.submitTaskFormWithVariablesInReturn(taskId, properties, deserializeValues);
        }

        @Override
        @SuppressWarnings("deprecation")
        public void submitTaskFormData(String taskId, Map<String, String> properties) {
            properties = withoutShown(properties);
            check(tasks, taskId, namesOf(properties));
            super.submitTaskFormData(taskId, properties);
        }
    }
}
