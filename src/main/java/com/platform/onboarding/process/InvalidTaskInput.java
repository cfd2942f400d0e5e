package com.platform.onboarding.process;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * What a person sent with a task cannot be used: the completion rolls back, the task stays open. A form-field
 * validation failure because that is what the engine's REST API answers with 400 (any other engine error is a 500).
 */
class InvalidTaskInput extends FormFieldValidationException {

    InvalidTaskInput(String field, String problem) {
        super(field, field + " " + problem);
    }
}
