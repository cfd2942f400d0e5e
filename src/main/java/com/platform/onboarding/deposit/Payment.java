package com.platform.onboarding.deposit;

import java.math.BigDecimal;

/**
 * One payment in the ledger: the amount paid, the part of it that goes back to the payer ({@code refund}: all of it
 * for an application that no longer takes a deposit, the excess above what was due otherwise), and what the
 * application still owed afterwards. {@code outstanding} is empty for payments recorded before the payments API.
 */
public record Payment(String applicationId, String paymentReference, BigDecimal amount, BigDecimal refund,
        BigDecimal outstanding) {

    /** The payment against what the application owes now: counted up to that, the rest refunded. */
    public static Payment against(PaymentRequest request, BigDecimal owed) {
        var counted = request.amount().min(owed.max(BigDecimal.ZERO));
        return new Payment(request.applicationId(), request.paymentReference(), request.amount(),
                request.amount().subtract(counted), owed.subtract(counted).max(BigDecimal.ZERO).setScale(2));
    }

    /** A payment for an application that takes no deposit any more (withdrawn, rejected, expired): all refunded. */
    public static Payment refunded(PaymentRequest request) {
        return new Payment(request.applicationId(), request.paymentReference(), request.amount(), request.amount(),
                BigDecimal.ZERO.setScale(2));
    }

    /** Asked again with the same reference: the same payment only when application and amount agree. */
    public boolean sameAs(PaymentRequest request) {
        return applicationId.equals(request.applicationId()) && amount.compareTo(request.amount()) == 0;
    }
}
