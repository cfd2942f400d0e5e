package com.platform.onboarding.process.onboarding.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.platform.onboarding.merchant.MerchantApplication;
import com.platform.onboarding.merchant.MerchantDirectory;
import com.platform.onboarding.process.InvalidTaskInput;
import com.platform.onboarding.process.QualificationFields;
import com.platform.onboarding.process.TaskForms.Label;
import com.platform.onboarding.process.TaskForms;
import com.platform.onboarding.process.TaskInputGuard;
import com.platform.onboarding.process.TaskTimes;
import com.platform.onboarding.process.UploadedDocuments;
import com.platform.onboarding.process.expirywatch.QualificationExpiryWatch;
import com.platform.onboarding.process.onboarding.MerchantOnboarding;
import com.platform.onboarding.qualification.HeldQualifications;
import com.platform.onboarding.review.ReviewOutcome;
import com.platform.onboarding.security.Caller;
import com.platform.onboarding.security.ConcurrentChange;
import java.io.IOException;
import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A merchant's own open tasks, with the form to render and what is already on file, and their completion with the
 * engine's own body, so that scripts written against the engine carry over. Only the caller's tasks of this
 * application exist here (assignee from the record, business key the application); another's answer 404.
 *
 * <p>Completion runs in our code after those checks, without an engine authentication: only the task's declared
 * fields are taken (anything else, and nothing is saved), files are checked for size and type, and whatever a check
 * in the process refuses comes back naming the field in words, never as the engine's text.
 */
@RestController
class MerchantTaskController {

    record FileOnFile(String filename, String mimeType, String url) {}

    /** {@code form} is null, and said so, while the task has no form the portal can render. */
    record TaskView(String taskId, String key, String nameZh, String nameEn, Date dueAt, Long daysLeft,
            @JsonInclude(JsonInclude.Include.ALWAYS) JsonNode form, Map<String, Object> values,
            Map<String, FileOnFile> files) {}

    record FieldError(String field, String label, String labelZh, String code, String message, String messageZh) {}

    record FieldWords(String field, String label, String labelZh) {}

    /** Shown by the forms, never taken back: what the merchant chose at registration, what the checks found. */
    private static final List<String> DISPLAY_VALUES = List.of(MerchantOnboarding.Variables.OVERSEAS_MARKETS,
            MerchantOnboarding.Variables.REQUIRED_QUALIFICATIONS,
            MerchantOnboarding.Variables.REQUIRED_QUALIFICATIONS_TEXT, MerchantOnboarding.Variables.QUALIFICATION_ISSUES);
    private static final Set<String> FILE_TYPES = Set.of("application/pdf", "image/png", "image/jpeg");
    private static final String ENGINE_DATE = "yyyy-MM-dd'T'HH:mm:ss.SSSZ";

    private final MerchantDirectory directory;
    private final TaskService taskService;
    private final TaskForms forms;
    private final TaskTimes times;
    private final HeldQualifications heldQualifications;
    private final TaskInputGuard inputs;
    private final ObjectMapper json = new ObjectMapper();

    MerchantTaskController(MerchantDirectory directory, TaskService taskService, TaskForms forms, TaskTimes times,
            HeldQualifications heldQualifications, TaskInputGuard inputs) {
        this.heldQualifications = heldQualifications;
        this.inputs = inputs;
        this.directory = directory;
        this.taskService = taskService;
        this.forms = forms;
        this.times = times;
    }

    @GetMapping("/api/merchants/{applicationId}/tasks")
    ResponseEntity<List<TaskView>> tasks(Caller caller, @PathVariable String applicationId) {
        var application = own(caller, applicationId);
        if (application.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        var tasks = taskService.createTaskQuery().processInstanceBusinessKey(applicationId)
                .taskAssignee(application.get().username()).active().initializeFormKeys().orderByTaskCreateTime()
                .asc().list();
        return ResponseEntity.ok(tasks.stream().map(t -> view(applicationId, t)).toList());
    }

    @PostMapping("/api/merchants/{applicationId}/tasks/{taskId}")
    ResponseEntity<?> complete(Caller caller, @PathVariable String applicationId, @PathVariable String taskId,
            @RequestBody(required = false) JsonNode body) {
        var application = own(caller, applicationId);
        var task = application.flatMap(a -> Optional.ofNullable(taskService.createTaskQuery().taskId(taskId)
                .processInstanceBusinessKey(applicationId).taskAssignee(a.username()).active().initializeFormKeys()
                .singleResult()));
        if (task.isEmpty()) {
            return notFound();
        }
        var t = task.get();
        String formName = TaskForms.formName(t);
        JsonNode variables = body == null ? json.createObjectNode() : body.path("variables");
        if (!variables.isObject()) {
            return ResponseEntity.badRequest().body(problem("Nothing to complete / 无法提交",
                    "Send the fields as {\"variables\": {\"field\": {\"value\": …}}}.",
                    "请按 {\"variables\": {\"字段\": {\"value\": …}}} 的格式提交。", List.of()));
        }
        var allowed = declared(t);
        var foreign = new TreeSet<String>();
        variables.fieldNames().forEachRemaining(name -> {
            if (!allowed.contains(name)) {
                foreign.add(name);
            }
        });
        if (!foreign.isEmpty()) {
            return ResponseEntity.badRequest().body(notTaken(formName, allowed, foreign));
        }
        var converted = Variables.createVariables();
        var errors = new ArrayList<FieldError>();
        variables.fields().forEachRemaining(field -> {
            try {
                converted.putValueTyped(field.getKey(), typed(field.getValue(), times));
            } catch (Refused refused) {
                var label = forms.label(formName, field.getKey());
                errors.add(new FieldError(field.getKey(), label.en(), label.zh(), refused.code,
                        label.en() + ": " + refused.en, label.zh() + "：" + refused.zh));
            }
        });
        if (!errors.isEmpty()) {
            return ResponseEntity.badRequest().body(refusal(errors));
        }
        return completeAsChecked(t, formName, converted);
    }

    private ResponseEntity<?> completeAsChecked(Task task, String formName, VariableMap variables) {
        try {
            taskService.complete(task.getId(), variables);
            return ResponseEntity.noContent().build();
        } catch (ProcessEngineException failed) {
            var refused = refusedField(failed);
            if (refused != null) {
                String field = (String) refused.getDetail();
                var label = forms.label(formName, field);
                // Our checks say what is wrong after the field's name; the engine's own wording is never passed on.
                String problem = refused instanceof InvalidTaskInput && refused.getMessage().startsWith(field + " ")
                        ? refused.getMessage().substring(field.length() + 1) : null;
                var words = problemWords(problem);
                return ResponseEntity.badRequest().body(refusal(List.of(new FieldError(field, label.en(), label.zh(),
                        "REFUSED", label.en() + ": " + words[0], label.zh() + "：" + words[1]))));
            }
            if (ConcurrentChange.causedBy(failed)) {
                // Another completion of the same task won (ApiErrors answers 409), not a task that never was ours.
                throw failed;
            }
            if (taskService.createTaskQuery().taskId(task.getId()).active().count() == 0) {
                return notFound();
            }
            throw failed;
        }
    }

    /**
     * Our checks word a problem in English with the Chinese in closing brackets ("... (发货时效须为 1–15 天)"): each
     * language gets its own part. Without one, the field's name in words says enough.
     */
    private static String[] problemWords(String problem) {
        if (problem == null) {
            return new String[] {"this value cannot be accepted.", "该值不能被接受。"};
        }
        var bilingual = BILINGUAL.matcher(problem.strip());
        if (bilingual.matches()) {
            return new String[] {bilingual.group(1).strip(), bilingual.group(2).strip()};
        }
        return new String[] {problem, "该值不能被接受（" + problem + "）"};
    }

    private static final Pattern BILINGUAL = Pattern.compile("(.*)\\(([^()]*\\p{IsHan}[^()]*)\\)\\s*$");

    private static FormFieldValidationException refusedField(Throwable failed) {
        for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
            if (cause instanceof FormFieldValidationException refused && refused.getDetail() instanceof String) {
                return refused;
            }
        }
        return null;
    }

    private TaskView view(String applicationId, Task task) {
        String formName = TaskForms.formName(task);
        var fields = new LinkedHashSet<>(forms.fieldKeys(formName));
        fields.addAll(declared(task));
        var names = new ArrayList<>(fields);
        names.addAll(DISPLAY_VALUES);
        var onFile = taskService.getVariablesTyped(task.getId(), names, true);
        var values = new LinkedHashMap<String, Object>();
        var files = new LinkedHashMap<String, FileOnFile>();
        for (String name : names) {
            TypedValue value = onFile.getValueTyped(name);
            if (value == null || value.getValue() == null) {
                continue;
            }
            if (value instanceof FileValue file) {
                files.put(name, new FileOnFile(file.getFilename(), file.getMimeType(),
                        MerchantDocuments.url(applicationId, name)));
            } else {
                values.put(name, plain(name, value.getValue()));
            }
        }
        // The reviewer's reason, while the merchant works on what the reviewer sent back.
        var decision = taskService.getVariables(task.getId(), List.of(MerchantOnboarding.Variables.DECISION,
                MerchantOnboarding.Variables.DECISION_REASON));
        if (ReviewOutcome.REQUEST_CHANGES.name().equals(decision.get(MerchantOnboarding.Variables.DECISION))
                && decision.get(MerchantOnboarding.Variables.DECISION_REASON) instanceof String reason) {
            values.put("reviewerRequest", reason);
        }
        if (QualificationExpiryWatch.Elements.RENEW_QUALIFICATION.equals(task.getTaskDefinitionKey())) {
            heldOnRecord(applicationId, task.getId(), values);
        }
        var taskNames = TaskTimes.names(task.getName());
        return new TaskView(task.getId(), task.getTaskDefinitionKey(), taskNames[0], taskNames[1], task.getDueDate(),
                times.daysLeft(task.getDueDate()), forms.form(formName), values, files);
    }

    /**
     * A renewal starts from the record: holder, number and categories as held, so the merchant changes only what the
     * new licence changes. The dates are left to pick: the held ones would be refused.
     */
    private void heldOnRecord(String applicationId, String taskId, Map<String, Object> values) {
        if (!(taskService.getVariable(taskId, QualificationExpiryWatch.Variables.QUALIFICATION_TYPE) instanceof String type)) {
            return;
        }
        heldQualifications.of(applicationId).stream().filter(q -> q.type().equals(type)).findFirst().ifPresent(q -> {
            if (q.holderName() != null) {
                values.putIfAbsent(type + QualificationFields.HOLDER_NAME, q.holderName());
            }
            if (q.number() != null) {
                values.putIfAbsent(type + QualificationFields.NUMBER, q.number());
            }
            if (q.categories() != null && !q.categories().isEmpty()) {
                values.putIfAbsent(type + QualificationFields.CATEGORIES, String.join(",", q.categories()));
            }
        });
    }

    private Object plain(String name, Object value) {
        if (value instanceof Date date) {
            return times.date(date);
        }
        if (MerchantOnboarding.Variables.QUALIFICATION_ISSUES.equals(name) && value instanceof String text) {
            try {
                return json.readTree(text);
            } catch (IOException notJson) {
                return List.of();
            }
        }
        if (value instanceof SpinJsonNode node) {
            try {
                return json.readTree(node.toString());
            } catch (IOException notJson) {
                return null;
            }
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return value instanceof String || value instanceof Number || value instanceof Boolean ? value
                : String.valueOf(value);
    }

    private Set<String> declared(Task task) {
        return inputs.taken(task.getTaskDefinitionKey(), name -> taskService.getVariable(task.getId(), name));
    }

    private Optional<MerchantApplication> own(Caller caller, String applicationId) {
        return directory.visibleTo(caller, applicationId);
    }

    /** A value as the engine's REST API takes it: its type named, or inferred from the JSON as the engine does. */
    private static TypedValue typed(JsonNode spec, TaskTimes times) throws Refused {
        if (!spec.isObject()) {
            throw new Refused("NOT_A_VALUE", "send it as {\"value\": …}.", "请以 {\"value\": …} 的格式提交。");
        }
        JsonNode value = spec.path("value");
        String type = spec.path("type").asText("");
        boolean absent = value.isMissingNode() || value.isNull();
        var none = Variables.untypedNullValue();
        switch (type.toLowerCase(Locale.ROOT)) {
            case "" -> {
                if (absent) {
                    return none;
                }
                if (value.isTextual()) {
                    return Variables.stringValue(value.asText());
                }
                if (value.isBoolean()) {
                    return Variables.booleanValue(value.asBoolean());
                }
                if (value.isIntegralNumber() && value.canConvertToInt()) {
                    return Variables.integerValue(value.asInt());
                }
                if (value.isIntegralNumber() && value.canConvertToLong()) {
                    return Variables.longValue(value.asLong());
                }
                if (value.isNumber()) {
                    return Variables.doubleValue(value.asDouble());
                }
                throw new Refused("TYPE_MISMATCH", "give text, a number or true/false.", "请填写文本、数字或是/否。");
            }
            case "string" -> {
                if (!absent && !value.isTextual()) {
                    throw new Refused("TYPE_MISMATCH", "give text.", "请填写文本。");
                }
                return Variables.stringValue(absent ? null : value.asText());
            }
            case "boolean" -> {
                if (!absent && !value.isBoolean()) {
                    throw new Refused("TYPE_MISMATCH", "give true or false.", "请选择是或否。");
                }
                return Variables.booleanValue(absent ? null : value.asBoolean());
            }
            case "integer", "short", "long" -> {
                if (!absent && !(value.isIntegralNumber() && value.canConvertToLong())) {
                    throw new Refused("TYPE_MISMATCH", "give a whole number.", "请填写整数。");
                }
                if (absent) {
                    return none;
                }
                return value.canConvertToInt() ? Variables.integerValue(value.asInt())
                        : Variables.longValue(value.asLong());
            }
            case "double" -> {
                if (!absent && !value.isNumber()) {
                    throw new Refused("TYPE_MISMATCH", "give a number.", "请填写数字。");
                }
                return Variables.doubleValue(absent ? null : value.asDouble());
            }
            case "date" -> {
                return Variables.dateValue(absent ? null : date(value, times));
            }
            case "file" -> {
                return file(spec, value);
            }
            default -> throw new Refused("TYPE_NOT_TAKEN", "give text, a number, true/false, a date or a file.",
                    "请填写文本、数字、是/否、日期或上传文件。");
        }
    }

    private static Date date(JsonNode value, TaskTimes times) throws Refused {
        String text = value.asText("");
        try {
            return times.startOf(LocalDate.parse(text));
        } catch (DateTimeParseException notPlainDate) {
            try {
                return new SimpleDateFormat(ENGINE_DATE).parse(text);
            } catch (ParseException notEngineDate) {
                throw new Refused("DATE_INVALID", "give a date as yyyy-MM-dd.", "请按 yyyy-MM-dd 格式填写日期。");
            }
        }
    }

    private static FileValue file(JsonNode spec, JsonNode value) throws Refused {
        if (!value.isTextual()) {
            throw new Refused("FILE_MISSING", "attach the file (PDF, JPEG or PNG, at most 10 MB).",
                    "请上传文件（PDF、JPEG 或 PNG，不超过 10 MB）。");
        }
        JsonNode info = spec.path("valueInfo");
        // The engine's REST API spells it mimeType; Tasklist's forms send mimetype.
        String mimeType = info.path("mimeType").asText(info.path("mimetype").asText("")).toLowerCase(Locale.ROOT);
        if (!FILE_TYPES.contains(mimeType)) {
            throw new Refused("FILE_TYPE", "the file must be a PDF, JPEG or PNG.", "文件须为 PDF、JPEG 或 PNG 格式。");
        }
        // Base64 carries 3 bytes in 4 characters: anything longer than 10 MB would take is refused before decoding.
        if (value.asText().length() > (UploadedDocuments.MAX_BYTES / 3 + 1) * 4 + 4) {
            throw new Refused("FILE_TOO_LARGE", "the file may be at most 10 MB.", "文件不得超过 10 MB。");
        }
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(value.asText());
        } catch (IllegalArgumentException notBase64) {
            throw new Refused("FILE_UNREADABLE", "the file could not be read (send it base64-encoded).",
                    "无法读取该文件（请以 base64 编码上传）。");
        }
        if (bytes.length > UploadedDocuments.MAX_BYTES) {
            throw new Refused("FILE_TOO_LARGE", "the file may be at most 10 MB.", "文件不得超过 10 MB。");
        }
        if (bytes.length == 0) {
            throw new Refused("FILE_MISSING", "the file is empty.", "文件为空。");
        }
        String filename = info.path("filename").asText("");
        return Variables.fileValue(filename.isBlank() ? "document" : filename)
                .file(bytes).mimeType(mimeType).create();
    }

    private static final class Refused extends Exception {
        final String code;
        final String en;
        final String zh;

        Refused(String code, String en, String zh) {
            super(code, null, false, false);
            this.code = code;
            this.en = en;
            this.zh = zh;
        }
    }

    private ProblemDetail notTaken(String formName, Set<String> allowed, Set<String> foreign) {
        var takes = allowed.stream().sorted().map(f -> {
            Label label = forms.label(formName, f);
            return new FieldWords(f, label.en(), label.zh());
        }).toList();
        String takesEn = takes.isEmpty() ? "no fields" : takes.stream().map(FieldWords::label).collect(Collectors.joining("; "));
        String takesZh = takes.isEmpty() ? "不接受任何字段" : takes.stream().map(FieldWords::labelZh).collect(Collectors.joining("；"));
        var errors = foreign.stream().map(f -> new FieldError(f, f, f, "NOT_TAKEN",
                "This task does not take this field.", "此任务不接受该字段。")).toList();
        var problem = problem("Fields this task does not take / 此任务不接受的字段",
                "This task takes only: " + takesEn + ". It does not take " + String.join(", ", foreign)
                        + ". Nothing was saved.",
                "此任务只接受：" + takesZh + "。不接受 " + String.join("、", foreign) + "。未保存任何内容。", errors);
        problem.setProperty("takes", takes);
        return problem;
    }

    private static ProblemDetail refusal(List<FieldError> errors) {
        return problem("Fix these and send again / 请修改后重新提交",
                errors.stream().map(FieldError::message).collect(Collectors.joining(" ")) + " Nothing was saved.",
                errors.stream().map(FieldError::messageZh).collect(Collectors.joining(" ")) + " 未保存任何内容。", errors);
    }

    private static ProblemDetail problem(String title, String detail, String detailZh, List<FieldError> errors) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle(title);
        problem.setProperty("detailZh", detailZh);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    private static ResponseEntity<ProblemDetail> notFound() {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "There is no such open task of yours: it may have been done already.");
        problem.setTitle("Not found / 未找到");
        problem.setProperty("detailZh", "没有找到您的这项待办任务，它可能已经完成。");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }
}
