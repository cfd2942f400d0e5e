package com.platform.onboarding.deposit;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A payment as the payment system reports it, read field by field from the JSON tree rather than bound with
 * Jackson's coercions: a string "1000", a float that lost its fen, an amount of 1e308 or a missing field would
 * otherwise arrive as a number, a rounded figure, an overflow or null. Every field wrong is named at once.
 */
public record PaymentRequest(String applicationId, String paymentReference, BigDecimal amount) {

    public static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000.00");
    public static final String CURRENCY = "CNY";

    private static final Set<String> FIELDS = Set.of("applicationId", "paymentReference", "amount", "currency");
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    // Decimals as written (1000.10 stays 1000.10, 1e308 stays exact) instead of doubles.
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    /** Reads the body of {@code POST /api/payments}, or refuses it naming every field to fix. */
    public static PaymentRequest parse(byte[] body) {
        JsonNode tree;
        try {
            tree = body == null || body.length == 0 ? null : JSON.readTree(body);
        } catch (IOException unreadable) {
            tree = null;
        }
        if (tree == null || !tree.isObject()) {
            throw new PaymentRefused(List.of(FieldError.of("body", "UNREADABLE",
                    "must be a JSON object with applicationId, paymentReference, amount and currency",
                    "须为包含 applicationId、paymentReference、amount、currency 的 JSON 对象")));
        }
        var errors = new ArrayList<FieldError>();
        tree.fieldNames().forEachRemaining(name -> {
            if (!FIELDS.contains(name)) {
                errors.add(FieldError.of(name, "UNKNOWN_FIELD",
                        "is not a field of a payment (it takes applicationId, paymentReference, amount, currency)",
                        "不是付款的字段（只接受 applicationId、paymentReference、amount、currency）"));
            }
        });
        String applicationId = text(tree, "applicationId", errors);
        if (applicationId != null && applicationId.isBlank()) {
            errors.add(required("applicationId"));
            applicationId = null;
        }
        String reference = text(tree, "paymentReference", errors);
        if (reference != null && !REFERENCE.matcher(reference).matches()) {
            errors.add(FieldError.of("paymentReference", "PAYMENT_REFERENCE_INVALID",
                    "must be 1 to 64 characters of letters, digits, '-', '_' and '.'",
                    "须为 1 到 64 个字符，只能包含字母、数字、“-”、“_”和“.”"));
        }
        BigDecimal amount = amount(tree.get("amount"), errors);
        String currency = text(tree, "currency", errors);
        if (currency != null && !CURRENCY.equals(currency)) {
            errors.add(FieldError.of("currency", "CURRENCY_NOT_SUPPORTED", "must be CNY (yuan)", "须为 CNY（人民币）"));
        }
        if (!errors.isEmpty()) {
            throw new PaymentRefused(errors);
        }
        return new PaymentRequest(applicationId, reference, amount);
    }

    private static String text(JsonNode tree, String field, List<FieldError> errors) {
        var node = tree.get(field);
        if (node == null || node.isNull()) {
            errors.add(required(field));
            return null;
        }
        if (!node.isTextual()) {
            errors.add(FieldError.of(field, "TYPE_MISMATCH", "must be text (a JSON string)", "须为文本（JSON 字符串）"));
            return null;
        }
        return node.textValue();
    }

    private static BigDecimal amount(JsonNode node, List<FieldError> errors) {
        if (node == null || node.isNull()) {
            errors.add(required("amount"));
            return null;
        }
        if (!node.isNumber()) {
            errors.add(FieldError.of("amount", "AMOUNT_NOT_A_NUMBER",
                    "must be a JSON number of yuan, such as 1000.00, not text", "须为以元为单位的数字（如 1000.00），不能是文本"));
            return null;
        }
        var amount = node.decimalValue();
        if (amount.signum() <= 0) {
            errors.add(FieldError.of("amount", "AMOUNT_NOT_POSITIVE", "must be more than 0", "须大于 0"));
            return null;
        }
        if (amount.compareTo(MAX_AMOUNT) > 0) {
            errors.add(FieldError.of("amount", "AMOUNT_TOO_LARGE", "must be at most 10,000,000.00 CNY in one payment",
                    "单笔不得超过 10,000,000.00 元"));
            return null;
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            errors.add(FieldError.of("amount", "AMOUNT_TOO_PRECISE", "must have at most 2 decimals (fen)",
                    "最多保留两位小数（分）"));
            return null;
        }
        return amount.setScale(2);
    }

    private static FieldError required(String field) {
        return FieldError.of(field, "REQUIRED", "is required", "为必填项");
    }
}
