package com.platform.onboarding.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds every write to a task (complete, submit-form, resolve, errors and escalations with variables, variable
 * updates) to the task's own fields, on both engine API mounts. Runs after the expression guard, whose cached body
 * it reads again.
 */
class TaskInputFilter extends OncePerRequestFilter {

    private static final Pattern TASK_WRITE = Pattern.compile(
            ".*/task/([^/]+)/(complete|submit-form|resolve|bpmnError|bpmnEscalation|variables|localVariables)(?:/([^/]+))?(?:/data)?$");
    private static final Set<String> WITH_VARIABLES_BODY = Set.of("complete", "submit-form", "resolve", "bpmnError",
            "bpmnEscalation");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TaskService taskService;

    TaskInputFilter(TaskService taskService) {
        this.taskService = taskService;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher write = TASK_WRITE.matcher(request.getRequestURI());
        if ("GET".equals(request.getMethod()) || !write.matches()) {
            chain.doFilter(request, response);
            return;
        }
        // The caller's own rights apply: a task they cannot see is left to the engine to refuse.
        var task = taskService.createTaskQuery().taskId(write.group(1)).singleResult();
        if (task == null) {
            chain.doFilter(request, response);
            return;
        }
        var allowed = TaskInputs.of(task.getTaskDefinitionKey(), name -> taskService.getVariable(task.getId(), name));
        var foreign = new TreeSet<>(names(request, write));
        foreign.removeAll(allowed);
        if (!foreign.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            JSON.writeValue(response.getWriter(), Map.of("type", "InvalidRequestException", "message",
                    "Task " + task.getTaskDefinitionKey() + " does not take " + foreign + "; it takes "
                            + new TreeSet<>(allowed) + ". Nothing was saved."));
            return;
        }
        chain.doFilter(request, response);
    }

    private static List<String> names(HttpServletRequest request, Matcher write) throws IOException {
        var names = new ArrayList<String>();
        if (write.group(3) != null) {
            names.add(write.group(3));
            return names;
        }
        byte[] body = request.getInputStream().readAllBytes();
        if (body.length == 0) {
            return names;
        }
        JsonNode root = JSON.readTree(body);
        String kind = write.group(2);
        JsonNode variables = WITH_VARIABLES_BODY.contains(kind) ? root.path("variables") : root.path("modifications");
        variables.fieldNames().forEachRemaining(names::add);
        root.path("deletions").forEach(d -> names.add(d.asText()));
        return names;
    }
}
