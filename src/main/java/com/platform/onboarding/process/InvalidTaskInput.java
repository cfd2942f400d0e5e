package com.platform.onboarding.process;

import java.util.Set;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * What a person sent with a task cannot be used: the completion rolls back, the task stays open. A form-field
 * validation failure because that is what the engine's REST API answers with 400 on completion; the engine package
 * makes it a 400 on every other endpoint too.
 */
public class InvalidTaskInput extends FormFieldValidationException {

    public InvalidTaskInput(String field, String problem) {
        super(field, field + " " + problem);
    }

    private InvalidTaskInput(Set<String> foreign, Set<String> allowed) {
        super(foreign.iterator().next(), notTakenMessage(foreign, allowed));
    }

    /** Fields the task does not take, and those it does, in both languages. */
    public static InvalidTaskInput notTaken(Set<String> foreign, Set<String> allowed) {
        return new InvalidTaskInput(foreign, allowed);
    }

    private static String notTakenMessage(Set<String> foreign, Set<String> allowed) {
        String names = String.join(", ", foreign);
        String takes = allowed.isEmpty() ? "it takes no fields" : "it takes only " + String.join(", ", allowed);
        String takesZh = allowed.isEmpty() ? "此任务不接受任何字段" : "此任务只接受 " + String.join(", ", allowed);
        return "This task does not take " + names + "; " + takes + ". Nothing was saved. / 此任务不接受 " + names + "；"
                + takesZh + "。未保存任何内容。";
    }
}
