package com.platform.onboarding.process.onboarding.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.platform.onboarding.category.CategoryCatalogue;
import com.platform.onboarding.merchant.MerchantApplication;
import com.platform.onboarding.merchant.MerchantDirectory;
import com.platform.onboarding.notification.Notification;
import com.platform.onboarding.notification.Notifications;
import com.platform.onboarding.process.QualificationFields;
import com.platform.onboarding.process.TaskForms;
import com.platform.onboarding.process.TaskTimes;
import com.platform.onboarding.process.UploadedDocuments;
import com.platform.onboarding.process.onboarding.MerchantOnboarding.Elements;
import com.platform.onboarding.process.onboarding.MerchantOnboarding.Variables;
import com.platform.onboarding.process.onboarding.MerchantOnboarding;
import com.platform.onboarding.process.onboarding.api.ApplicationProgress.Checking;
import com.platform.onboarding.process.onboarding.api.ApplicationProgress.Stage;
import com.platform.onboarding.process.onboarding.api.ApplicationProgress.Step;
import com.platform.onboarding.process.onboarding.deposit.DepositTerms.Deposit;
import com.platform.onboarding.process.onboarding.deposit.DepositTerms;
import com.platform.onboarding.qualification.ExpiryReminders;
import com.platform.onboarding.qualification.HeldQualifications;
import com.platform.onboarding.qualification.QualificationNames;
import com.platform.onboarding.review.ReviewOutcome;
import com.platform.onboarding.security.Caller;
import com.platform.onboarding.security.Groups;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where an application stands, for the merchant themselves and for staff: the record, its stages, what the platform
 * is checking right now (after a hand-in or a payment), what is due now and from whom (the deposit included), the
 * open issues, the deposit, the documents on file and what the merchant was told. Another merchant's application, like an unknown one, is 404.
 */
@RestController
class MerchantStatusController {

    enum DueKind { TASK, REVIEW, DEPOSIT }

    enum DueFrom { MERCHANT, REVIEWERS, OPS, PAYMENT }

    /**
     * {@code task}, {@code name}, {@code assignee}, {@code candidateGroups}, {@code since}, {@code due}: as before the
     * portal; the rest is what the portal shows.
     */
    record DueTask(String task, String name, String assignee, List<String> candidateGroups, Date since, Date due,
            DueKind kind, String taskId, String key, String nameZh, String nameEn, DueFrom from, Date dueAt,
            Long daysLeft, BigDecimal amount) {}

    /** {@code suspended}: its expiry suspended the store; {@code expired}: its last valid day has passed. */
    record HeldQualificationView(String type, String number, LocalDate validUntil, boolean suspended, boolean expired) {}

    record Document(String name, String labelZh, String labelEn, String filename, String mimeType, LocalDate validUntil,
            Long daysLeft, String url) {}

    record Status(String applicationId, String merchantName, String status, String statusReason, String category,
            CategoryCatalogue.CategoryName categoryName, List<String> markets, String tier, List<String> tags,
            List<String> stage, Stage currentStage, List<Step> steps, Checking checking, List<DueTask> due,
            JsonNode issues,
            String reviewerRequest, Number depositRequired, Number depositPaid, Deposit deposit,
            List<HeldQualificationView> qualifications, List<Document> documents, List<Notification> notifications) {}

    record ApplicationSummary(String applicationId, String merchantName, String status, Stage stage, Instant createdAt) {}

    private final MerchantDirectory directory;
    private final DepositTerms depositTerms;
    private final TaskService taskService;
    private final HistoryService historyService;
    private final HeldQualifications heldQualifications;
    private final ExpiryReminders expiryReminders;
    private final ApplicationProgress progress;
    private final CategoryCatalogue catalogue;
    private final Notifications notifications;
    private final TaskTimes times;
    private final TaskForms forms;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    MerchantStatusController(MerchantDirectory directory, DepositTerms depositTerms, TaskService taskService,
            HistoryService historyService, HeldQualifications heldQualifications, ExpiryReminders expiryReminders,
            ApplicationProgress progress, CategoryCatalogue catalogue, Notifications notifications, TaskTimes times,
            TaskForms forms, Clock clock) {
        this.directory = directory;
        this.depositTerms = depositTerms;
        this.taskService = taskService;
        this.historyService = historyService;
        this.heldQualifications = heldQualifications;
        this.expiryReminders = expiryReminders;
        this.progress = progress;
        this.catalogue = catalogue;
        this.notifications = notifications;
        this.times = times;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping("/api/merchants/me/applications")
    List<ApplicationSummary> mine(Caller caller) {
        return directory.ownedBy(caller.username()).stream().map(a -> new ApplicationSummary(a.applicationId(),
                a.merchantName(), a.status().name(), progress.stage(a, progress.activeActivities(a.applicationId())),
                a.submittedAt())).toList();
    }

    @GetMapping("/api/merchants/{applicationId}")
    ResponseEntity<Status> status(Caller caller, @PathVariable String applicationId) throws JsonProcessingException {
        // Where the process waits is read before the record: a job (the check, the payment's recording) may commit
        // between the two reads. Read in this order, the answer is at worst a step behind the record (an active store
        // still "checking"), which the portal reads again; the other order could show an application in progress that
        // waits nowhere (its instance just ended with the activation), and the portal would stop reading.
        var active = progress.activeActivities(applicationId);
        var application = directory.visibleTo(caller, applicationId, Groups.REVIEWERS, Groups.OPS, Groups.ADMINS);
        if (application.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        var a = application.get();
        Map<String, Object> variables = latestVariables(applicationId);
        var deposit = depositTerms.of(applicationId);
        var due = new ArrayList<>(taskService.createTaskQuery().processInstanceBusinessKey(applicationId).list().stream()
                .map(t -> {
                    var groups = taskService.getIdentityLinksForTask(t.getId()).stream()
                            .filter(l -> l.getGroupId() != null).map(IdentityLink::getGroupId).toList();
                    var from = a.username().equals(t.getAssignee()) ? DueFrom.MERCHANT
                            : groups.contains(Groups.OPS) ? DueFrom.OPS : DueFrom.REVIEWERS;
                    var names = TaskTimes.names(t.getName());
                    return new DueTask(t.getTaskDefinitionKey(), t.getName(), t.getAssignee(), groups,
                            t.getCreateTime(), t.getDueDate(), from == DueFrom.REVIEWERS ? DueKind.REVIEW : DueKind.TASK,
                            t.getId(), t.getTaskDefinitionKey(), names[0], names[1], from, t.getDueDate(),
                            times.daysLeft(t.getDueDate()), null);
                }).toList());
        if (active.contains(Elements.DEPOSIT_PAID) && deposit.outstanding() != null
                && deposit.outstanding().signum() > 0) {
            Date dueAt = depositTerms.dueAt(applicationId);
            due.add(new DueTask(null, null, null, null, null, null, DueKind.DEPOSIT, null, null, "缴纳类目保证金",
                    "Pay the category deposit", DueFrom.MERCHANT, dueAt, times.daysLeft(dueAt),
                    deposit.outstanding()));
        }
        var checking = ApplicationProgress.checking(active);
        // The issues of the last check are stale while the next one runs: the merchant has just handed in the fix.
        String issues = checking == null ? (String) variables.get(Variables.QUALIFICATION_ISSUES) : null;
        // The reviewer's request matters while the merchant works on it, not once it is back with the reviewers.
        boolean changesRequested = ReviewOutcome.REQUEST_CHANGES.name().equals(variables.get(Variables.DECISION))
                && due.stream().anyMatch(t -> t.from() == DueFrom.MERCHANT && t.kind() == DueKind.TASK);
        return ResponseEntity.ok(new Status(a.applicationId(), a.merchantName(), a.status().name(), a.statusReason(),
                a.category(), catalogue.name(a.category()), a.overseasMarkets().stream().map(Enum::name).toList(),
                a.tier(), a.tags(), active, progress.stage(a, active), progress.steps(a, active, deposit.required()),
                checking, due, json.readTree(issues == null ? "[]" : issues),
                changesRequested ? (String) variables.get(Variables.DECISION_REASON) : null,
                deposit.required(), deposit.paid(), deposit, held(applicationId), documents(a),
                notifications.of(applicationId)));
    }

    /** Held from activation on; "today" is the engine clock's business day, as for the watch's timers. */
    private List<HeldQualificationView> held(String applicationId) {
        var today = expiryReminders.businessDay(clock.instant());
        return heldQualifications.of(applicationId).stream().map(q -> new HeldQualificationView(q.type(), q.number(),
                q.validUntil(), q.suspended(), today.isAfter(q.validUntil()))).toList();
    }

    /** Every document on file, the latest of each (a renewal replaces the one handed in at onboarding). */
    private List<Document> documents(MerchantApplication application) {
        var instances = historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(application.applicationId()).orderByProcessInstanceStartTime().asc().list();
        if (instances.isEmpty()) {
            return List.of();
        }
        var order = new HashMap<String, Integer>();
        for (int i = 0; i < instances.size(); i++) {
            order.put(instances.get(i).getId(), i);
        }
        var latest = new LinkedHashMap<String, HistoricVariableInstance>();
        var validity = new HashMap<String, HistoricVariableInstance>();
        historyService.createHistoricVariableInstanceQuery().disableBinaryFetching()
                .processInstanceIdIn(instances.stream().map(HistoricProcessInstance::getId).toArray(String[]::new))
                .list().stream()
                .sorted((x, y) -> Integer.compare(order.get(x.getProcessInstanceId()), order.get(y.getProcessInstanceId())))
                .forEach(v -> {
                    if (UploadedDocuments.isDocument(v.getName()) && v.getTypedValue() instanceof FileValue) {
                        latest.put(v.getName(), v);
                    } else if (v.getName().endsWith(QualificationFields.VALID_UNTIL)) {
                        validity.put(v.getName(), v);
                    }
                });
        // Once held, the record is what counts: a renewal by message carries its date under another name.
        var held = new HashMap<String, LocalDate>();
        heldQualifications.of(application.applicationId()).forEach(q -> held.put(q.type(), q.validUntil()));
        var documents = new ArrayList<Document>();
        latest.forEach((name, v) -> {
            var file = (FileValue) v.getTypedValue();
            String prefix = name.substring(0, name.length() - QualificationFields.DOCUMENT.length());
            var validUntil = held.getOrDefault(prefix, date(validity.get(prefix + QualificationFields.VALID_UNTIL)));
            var qualification = QualificationNames.of(prefix);
            var label = qualification.map(q -> new TaskForms.Label(q.zh(), capitalised(q.en())))
                    .orElseGet(() -> forms.label(Elements.UPLOAD_FACTORY_AUDIT, name));
            documents.add(new Document(name, label.zh(), label.en(), file.getFilename(), file.getMimeType(),
                    validUntil, times.daysLeft(validUntil),
                    MerchantDocuments.url(application.applicationId(), name)));
        });
        return documents;
    }

    private static LocalDate date(HistoricVariableInstance variable) {
        if (variable == null || !(variable.getValue() instanceof String text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
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
