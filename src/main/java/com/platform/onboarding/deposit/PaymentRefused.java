package com.platform.onboarding.deposit;

import java.util.List;

/** The payment request cannot be read as a payment; nothing was recorded. */
public class PaymentRefused extends RuntimeException {

    private final List<FieldError> errors;

    PaymentRefused(List<FieldError> errors) {
        super("Payment refused: " + errors.stream().map(FieldError::code).toList());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
