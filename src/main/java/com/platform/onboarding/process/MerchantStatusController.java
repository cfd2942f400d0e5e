package com.platform.onboarding.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.platform.onboarding.deposit.Deposits;
import com.platform.onboarding.merchant.MerchantDirectory;
import com.platform.onboarding.process.MerchantOnboarding.Variables;
import com.platform.onboarding.qualification.ExpiryReminders;
import com.platform.onboarding.qualification.HeldQualifications;
import com.platform.onboarding.security.Caller;
import com.platform.onboarding.security.Groups;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where an application stands, for the merchant themselves and for staff: the record, what is due now and from
 * whom, the open issues, the deposit. Another merchant's application, like an unknown one, is 404.
 */
@RestController
class MerchantStatusController {

    record DueTask(String task, String name, String assignee, List<String> candidateGroups, Date since, Date due) {}

    /** {@code suspended}: its expiry suspended the store; {@code expired}: its last valid day has passed. */
    record HeldQualificationView(String type, String number, LocalDate validUntil, boolean suspended, boolean expired) {}

    record Status(String applicationId, String merchantName, String status, String statusReason, String category,
            List<String> markets, String tier, List<String> tags, List<String> stage, List<DueTask> due, JsonNode issues,
            String reviewerRequest, Number depositRequired, Number depositPaid,
            List<HeldQualificationView> qualifications) {}

    private final MerchantDirectory directory;
    private final Deposits deposits;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final HeldQualifications heldQualifications;
    private final ExpiryReminders expiryReminders;
    private final ObjectMapper json = new ObjectMapper();

    MerchantStatusController(MerchantDirectory directory, Deposits deposits, TaskService taskService,
            RuntimeService runtimeService, HistoryService historyService, HeldQualifications heldQualifications,
            ExpiryReminders expiryReminders) {
        this.directory = directory;
        this.deposits = deposits;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.heldQualifications = heldQualifications;
        this.expiryReminders = expiryReminders;
    }

    @GetMapping("/api/merchants/{applicationId}")
    ResponseEntity<Status> status(Caller caller, @PathVariable String applicationId) throws JsonProcessingException {
        var application = directory.visibleTo(caller, applicationId, Groups.REVIEWERS, Groups.OPS, Groups.ADMINS);
        if (application.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        var a = application.get();
        Map<String, Object> variables = latestVariables(applicationId);
        var due = taskService.createTaskQuery().processInstanceBusinessKey(applicationId).list().stream()
                .map(t -> new DueTask(t.getTaskDefinitionKey(), t.getName(), t.getAssignee(),
                        taskService.getIdentityLinksForTask(t.getId()).stream()
                                .filter(l -> l.getGroupId() != null)
                                .map(IdentityLink::getGroupId).toList(),
                        t.getCreateTime(), t.getDueDate()))
                .toList();
        String issues = (String) variables.get(Variables.QUALIFICATION_ISSUES);
        // The reviewer's request matters while the merchant works on it, not once it is back with the reviewers.
        boolean changesRequested = "REQUEST_CHANGES".equals(variables.get(Variables.DECISION))
                && due.stream().anyMatch(t -> a.username().equals(t.assignee()));
        return ResponseEntity.ok(new Status(a.applicationId(), a.merchantName(), a.status().name(), a.statusReason(),
                a.category(), a.overseasMarkets().stream().map(Enum::name).toList(), a.tier(), a.tags(),
                stage(applicationId), due,
                json.readTree(issues == null ? "[]" : issues),
                changesRequested ? (String) variables.get(Variables.DECISION_REASON) : null,
                deposits.required(applicationId).orElse(null), deposits.paidSoFar(applicationId),
                held(applicationId)));
    }

    /** Held from activation on; "today" is the engine clock's business day, as for the watch's timers. */
    private List<HeldQualificationView> held(String applicationId) {
        var today = expiryReminders.businessDay(ClockUtil.getCurrentTime().toInstant());
        return heldQualifications.of(applicationId).stream().map(q -> new HeldQualificationView(q.type(), q.number(),
                q.validUntil(), q.suspended(), today.isAfter(q.validUntil()))).toList();
    }

    /** Where the application waits (a task, or e.g. {@code deposit-paid}): also what nobody but a message can move. */
    private List<String> stage(String applicationId) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(MerchantOnboarding.PROCESS_KEY)
                .processInstanceBusinessKey(applicationId).list().stream()
                .flatMap(instance -> runtimeService.getActiveActivityIds(instance.getId()).stream()).toList();
    }

    /** History holds every variable's latest value, also after the instance ended. */
    private Map<String, Object> latestVariables(String applicationId) {
        var instances = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(applicationId)
                .processDefinitionKey(MerchantOnboarding.PROCESS_KEY).list();
        if (instances.isEmpty()) {
            return Map.of();
        }
        var values = new HashMap<String, Object>();
        for (HistoricVariableInstance v : historyService.createHistoricVariableInstanceQuery()
                .processInstanceIdIn(instances.stream().map(HistoricProcessInstance::getId).toArray(String[]::new))
                .variableNameIn(Variables.QUALIFICATION_ISSUES, Variables.DECISION, Variables.DECISION_REASON).list()) {
            values.put(v.getName(), v.getValue());
        }
        return values;
    }
}
