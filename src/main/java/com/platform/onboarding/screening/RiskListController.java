package com.platform.onboarding.screening;

import com.platform.onboarding.security.Caller;
import com.platform.onboarding.security.Groups;
import com.platform.onboarding.text.PlainText;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Ops keep the list of merchants the platform does not admit; nobody else reads it. */
@RestController
@RequestMapping("/api/risk-list")
class RiskListController {

    record NewEntry(String merchantName, String creditCode, String reason, String note) {}

    record FieldError(String field, String message, String messageZh) {}

    static class InvalidEntry extends RuntimeException {
        final List<FieldError> errors;

        InvalidEntry(List<FieldError> errors) {
            super(errors.toString());
            this.errors = errors;
        }
    }

    private final RiskList riskList;
    private final Clock clock;

    RiskListController(RiskList riskList, Clock clock) {
        this.riskList = riskList;
        this.clock = clock;
    }

    @GetMapping
    List<RiskListEntry> list(Caller caller) {
        caller.require(Groups.OPS, Groups.ADMINS);
        return riskList.all();
    }

    @PostMapping
    ResponseEntity<Map<String, String>> add(Caller caller, @RequestBody NewEntry entry) {
        caller.require(Groups.OPS, Groups.ADMINS);
        var errors = new ArrayList<FieldError>();
        boolean noName = entry.merchantName() == null || entry.merchantName().isBlank();
        boolean noCode = entry.creditCode() == null || entry.creditCode().isBlank();
        if (noName && noCode) {
            errors.add(new FieldError("merchantName", "Give the merchant name, the credit code, or both.",
                    "请填写商家名称或统一社会信用代码（或两者）。"));
        }
        if (!noCode && !entry.creditCode().strip().matches("[0-9A-Z]{18}")) {
            errors.add(new FieldError("creditCode", "A unified social credit code has 18 digits or capital letters.",
                    "统一社会信用代码为 18 位数字或大写字母。"));
        }
        var reason = Arrays.stream(RiskReason.values()).filter(r -> r.name().equals(entry.reason())).findFirst();
        if (reason.isEmpty()) {
            errors.add(new FieldError("reason", "Choose one of " + Arrays.toString(RiskReason.values()) + ".",
                    "原因须为 " + Arrays.toString(RiskReason.values()) + " 之一。"));
        }
        for (var text : Map.of("merchantName", String.valueOf(entry.merchantName()), "note",
                String.valueOf(entry.note())).entrySet()) {
            PlainText.check(text.getValue()).ifPresent(refusal -> errors.add(new FieldError(text.getKey(),
                    refusal.message(), refusal.messageZh())));
        }
        if (!errors.isEmpty()) {
            throw new InvalidEntry(errors);
        }
        var added = new RiskListEntry(UUID.randomUUID().toString(), noName ? null : entry.merchantName().strip(),
                noCode ? null : entry.creditCode().strip().toUpperCase(Locale.ROOT), reason.get(), entry.note(),
                caller.username(), clock.instant());
        riskList.add(added);
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", added.id()));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> remove(Caller caller, @PathVariable String id) {
        caller.require(Groups.OPS, Groups.ADMINS);
        return riskList.remove(id) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }

    @ExceptionHandler
    ProblemDetail invalid(InvalidEntry invalid) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Fix these fields and send again.");
        problem.setTitle("Risk-list entry refused / 风险名单条目未通过");
        problem.setProperty("errors", invalid.errors);
        return problem;
    }
}
