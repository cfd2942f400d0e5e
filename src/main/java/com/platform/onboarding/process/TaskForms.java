package com.platform.onboarding.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.platform.onboarding.qualification.QualificationNames;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.task.Task;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The forms of merchant tasks, as the portal renders them (form-js JSON from {@code forms/<name>.form}), and the
 * words for each field, so that a refusal names the field as the form does ("承诺发货时效（天）/ Committed shipping
 * time (days)"), never by its variable name. Labels read "中文 / English"; a date field's words are its date label.
 */
@Component
public class TaskForms {

    public record Label(String zh, String en) {}

    private static final Pattern FORM_FILE = Pattern.compile(".*forms/([a-z0-9-]+)\\.form$");
    /** Per-qualification fields, {prefix}{suffix}: the form labels them without the qualification's name. */
    private static final Map<String, Label> QUALIFICATION_SUFFIXES = Map.of(
            QualificationFields.HOLDER_NAME, new Label("持证主体名称", "holder name"),
            QualificationFields.NUMBER, new Label("证照编号", "number"),
            QualificationFields.CATEGORIES, new Label("覆盖类目", "categories covered"),
            QualificationFields.VALID_FROM, new Label("有效期起", "valid from"),
            QualificationFields.VALID_UNTIL, new Label("有效期至", "valid until"),
            QualificationFields.DOCUMENT, new Label("证照文件", "document"));

    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Optional<JsonNode>> forms = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Label>> labels = new ConcurrentHashMap<>();

    /**
     * The form a task shows: its Camunda Form reference, else the file its form key names, else its task key. The
     * task must come from a query with {@code initializeFormKeys()}.
     */
    public static String formName(Task task) {
        if (task.getCamundaFormRef() != null && task.getCamundaFormRef().getKey() != null) {
            return task.getCamundaFormRef().getKey();
        }
        if (task.getFormKey() != null) {
            var file = FORM_FILE.matcher(task.getFormKey());
            if (file.matches()) {
                return file.group(1);
            }
        }
        return task.getTaskDefinitionKey();
    }

    /** The form-js schema, or null while the task has none that the portal can render. */
    public JsonNode form(String formName) {
        return forms.computeIfAbsent(formName, name -> read("forms/" + name + ".form").map(text -> {
            try {
                return json.readTree(text);
            } catch (IOException e) {
                throw new UncheckedIOException("forms/" + name + ".form is not JSON", e);
            }
        })).orElse(null);
    }

    /** The keys of the form's input fields, in the form's order, also inside groups. */
    public Set<String> fieldKeys(String formName) {
        var keys = new LinkedHashSet<String>();
        var form = form(formName);
        if (form != null) {
            collect(form.path("components"), (key, label) -> keys.add(key));
        }
        return keys;
    }

    /** The field in words: the form's label, else the qualification's name and the field's. */
    public Label label(String formName, String field) {
        var qualification = qualificationLabel(field);
        if (qualification != null) {
            return qualification;
        }
        return labels.computeIfAbsent(formName, this::readLabels).getOrDefault(field, new Label(field, field));
    }

    private Map<String, Label> readLabels(String formName) {
        var found = new LinkedHashMap<String, Label>();
        var form = form(formName);
        if (form != null) {
            collect(form.path("components"), (key, label) -> {
                if (label != null) {
                    found.put(key, split(label));
                }
            });
        }
        return found;
    }

    private static Label qualificationLabel(String field) {
        for (var suffix : QUALIFICATION_SUFFIXES.entrySet()) {
            if (field.endsWith(suffix.getKey()) && field.length() > suffix.getKey().length()) {
                var name = QualificationNames.of(field.substring(0, field.length() - suffix.getKey().length()));
                if (name.isPresent()) {
                    String en = name.get().en() + ": " + suffix.getValue().en();
                    return new Label(name.get().zh() + " · " + suffix.getValue().zh(),
                            Character.toUpperCase(en.charAt(0)) + en.substring(1));
                }
            }
        }
        return null;
    }

    /** "中文 / English": the first slash followed by a space parts them (a slash inside "PDF/JPEG" does not). */
    static Label split(String label) {
        int slash = label.indexOf("/ ");
        if (slash < 0) {
            return new Label(label.strip(), label.strip());
        }
        return new Label(label.substring(0, slash).strip(), label.substring(slash + 1).strip());
    }

    private interface Field {
        void accept(String key, String label);
    }

    private static void collect(JsonNode components, Field field) {
        for (JsonNode component : components) {
            if (component.hasNonNull("key")) {
                String words = component.hasNonNull("label") ? component.get("label").asText()
                        : component.hasNonNull("dateLabel") ? component.get("dateLabel").asText() : null;
                field.accept(component.get("key").asText(), words);
            }
            collect(component.path("components"), field);
        }
    }

    private static Optional<String> read(String path) {
        var resource = new ClassPathResource(path);
        if (!resource.exists()) {
            return Optional.empty();
        }
        try (InputStream in = resource.getInputStream()) {
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
