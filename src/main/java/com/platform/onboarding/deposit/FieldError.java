package com.platform.onboarding.deposit;

import java.util.Map;

/** One field of a payment the payment system must fix, named in words in English and Chinese. */
public record FieldError(String field, String label, String labelZh, String code, String message, String messageZh) {

    private static final Map<String, String[]> LABELS = Map.of(
            "applicationId", new String[] {"Application id", "申请编号"},
            "paymentReference", new String[] {"Payment reference", "付款流水号"},
            "amount", new String[] {"Amount (CNY)", "金额（元）"},
            "currency", new String[] {"Currency", "币种"},
            "body", new String[] {"Request body", "请求体"});

    /** The problem said after the field's label: "Amount (CNY) must be more than 0." / "金额（元）须大于 0。" */
    static FieldError of(String field, String code, String problem, String problemZh) {
        var label = LABELS.getOrDefault(field, new String[] {"Field " + field, "字段 " + field});
        return new FieldError(field, label[0], label[1], code, label[0] + " " + problem + ".", label[1] + problemZh + "。");
    }
}
