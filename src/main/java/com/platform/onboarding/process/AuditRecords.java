package com.platform.onboarding.process;

import com.platform.onboarding.audit.AuditKind;
import com.platform.onboarding.audit.AuditTrail;
import com.platform.onboarding.audit.EngineRecords;
import com.platform.onboarding.merchant.MerchantDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.stereotype.Component;

/**
 * The process side of the audit trail: what only an execution knows (the documents a completion brought, who was
 * signed in) written at the check that reads them, in the completion's transaction; and for the pack, the bytes on
 * file and who holds a review now.
 */
@Component
public class AuditRecords implements EngineRecords {

    private final AuditTrail trail;
    private final MerchantDirectory directory;
    private final HistoryService historyService;
    private final TaskService taskService;

    AuditRecords(AuditTrail trail, MerchantDirectory directory, HistoryService historyService,
            TaskService taskService) {
        this.trail = trail;
        this.directory = directory;
        this.historyService = historyService;
        this.taskService = taskService;
    }

    /**
     * Each document the execution holds that the trail does not hold with these bytes yet: a check runs again on
     * documents it saw before (a later round, the re-check on the day of approval), which are no new upload.
     */
    public void documents(DelegateExecution execution) {
        String applicationId = execution.getProcessBusinessKey();
        var known = trail.of(applicationId).stream().filter(e -> e.kind() == AuditKind.DOCUMENT_UPLOADED)
                .toList();
        for (String name : execution.getVariableNames()) {
            if (!UploadedDocuments.isDocument(name)
                    || !(execution.getVariableTyped(name) instanceof FileValue file) || file.getValue() == null) {
                continue;
            }
            byte[] bytes = read(file);
            String hash = AuditTrail.sha256(bytes);
            var latest = known.stream().filter(e -> name.equals(e.details().get("document"))).reduce((a, b) -> b);
            if (latest.isPresent() && hash.equals(latest.get().details().get("sha256"))) {
                continue;
            }
            var details = new LinkedHashMap<String, Object>();
            details.put("document", name);
            details.put("filename", Objects.requireNonNullElse(file.getFilename(), name));
            details.put("mimeType", Objects.requireNonNullElse(file.getMimeType(), ""));
            details.put("size", bytes.length);
            details.put("sha256", hash);
            trail.append(applicationId, AuditKind.DOCUMENT_UPLOADED, actor(execution, applicationId), details);
        }
    }

    /** An automated check: what it found, on which day, and the values of the rules it applied. */
    public void checked(DelegateExecution execution, String check, Object findings, Map<String, ?> ruleValues) {
        var details = new LinkedHashMap<String, Object>();
        details.put("check", check);
        details.put("findings", findings);
        details.put("ruleValues", ruleValues);
        trail.append(execution.getProcessBusinessKey(), AuditKind.CHECKED, null, details);
    }

    public void record(DelegateExecution execution, AuditKind kind, String actor, Map<String, ?> details) {
        trail.append(execution.getProcessBusinessKey(), kind, actor, details);
    }

    /** Whoever completed the task; a completion without a signed-in user (a test, a script) is the merchant's. */
    private String actor(DelegateExecution execution, String applicationId) {
        var authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return authentication != null ? authentication.getUserId() : directory.usernameOf(applicationId).orElse(null);
    }

    private static byte[] read(FileValue file) {
        try (InputStream in = file.getValue()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<byte[]> documentBytes(String applicationId, String documentName) {
        return UploadedDocuments.latest(historyService, applicationId, documentName).map(AuditRecords::read);
    }

    @Override
    public boolean holdsReview(String applicationId, String username) {
        // Only reviewers ask (the controller requires the group), and in an application only review tasks go to them.
        return taskService.createTaskQuery().processInstanceBusinessKey(applicationId).taskAssignee(username)
                .count() > 0;
    }
}
