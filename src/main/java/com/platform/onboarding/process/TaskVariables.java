package com.platform.onboarding.process;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reads what a person sent with a task, each value as the type it must be; a value that cannot be read is refused
 * naming its field (InvalidTaskInput: the completion rolls back, the task stays open).
 */
public final class TaskVariables {

    private final VariableScope scope;

    private TaskVariables(VariableScope scope) {
        this.scope = scope;
    }

    public static TaskVariables of(VariableScope scope) {
        return new TaskVariables(scope);
    }

    /** Text, or null when not sent. */
    public String text(String field) {
        Object value = scope.getVariable(field);
        if (value != null && !(value instanceof String)) {
            throw new InvalidTaskInput(field, "must be text, not " + value);
        }
        return (String) value;
    }

    /** Text without the spaces around it, or null when not sent. */
    public String strippedText(String field) {
        String text = text(field);
        return text == null ? null : text.strip();
    }

    /** A date that must be there, as yyyy-MM-dd. */
    public LocalDate date(String field) {
        LocalDate date = optionalDate(field);
        if (date == null) {
            throw new InvalidTaskInput(field, "is required, as yyyy-MM-dd");
        }
        return date;
    }

    /** A date as yyyy-MM-dd, or null when not sent or blank. */
    public LocalDate optionalDate(String field) {
        Object value = scope.getVariable(field);
        if (!(value instanceof String text) || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidTaskInput(field, "must be a date as yyyy-MM-dd, not '" + text + "'");
        }
    }

    /** A yes or no that must be there. */
    public boolean flag(String field) {
        if (!(scope.getVariable(field) instanceof Boolean flag)) {
            throw new InvalidTaskInput(field, "is required, true or false");
        }
        return flag;
    }

    /** A whole number of at least 0 that must be there. */
    public long count(String field) {
        Object value = scope.getVariable(field);
        if (!(value instanceof Number n) || n.doubleValue() != Math.floor(n.doubleValue()) || n.doubleValue() < 0) {
            throw new InvalidTaskInput(field, "is required, a whole number of at least 0, not " + value);
        }
        return n.longValue();
    }

    /** Codes sent comma-separated ("1001,1002"), each stripped; none when not sent. */
    public List<String> codes(String field) {
        String list = text(field);
        return list == null ? List.of()
                : Arrays.stream(list.split(",")).map(String::strip).filter(code -> !code.isEmpty()).toList();
    }

    /** True when a document was sent; refuses one that is not an acceptable file. */
    public boolean document(String field) {
        return UploadedDocuments.check(scope, field);
    }
}
