package com.platform.onboarding.process.onboarding.deposit;

import com.platform.onboarding.deposit.Payment;
import com.platform.onboarding.merchant.ApplicationStatus;
import com.platform.onboarding.process.TaskSubject;
import com.platform.onboarding.security.Groups;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/**
 * Money that came in but is not owed goes back: a task for ops. It stands alone (no process): the payment may come
 * after the application's process has ended, and a running process has no step that waits for it. It carries what
 * ops need to send the money back, in its description and as variables.
 */
@Component
class RefundTasks {

    static final String NAME = "Refund deposit 退还保证金";

    enum Reason {
        WITHDRAWN("paid after the application was withdrawn", "申请撤回后付款"),
        REJECTED("paid after the application was rejected", "申请被拒绝后付款"),
        EXPIRED("paid after the application lapsed", "申请过期后付款"),
        ABOVE_DEPOSIT("paid above the deposit due", "超出应缴保证金的部分");

        final String en;
        final String zh;

        Reason(String en, String zh) {
            this.en = en;
            this.zh = zh;
        }

        static Reason of(ApplicationStatus status) {
            return switch (status) {
                case WITHDRAWN -> WITHDRAWN;
                case REJECTED -> REJECTED;
                case EXPIRED -> EXPIRED;
                default -> throw new IllegalArgumentException("No refund for an application " + status);
            };
        }
    }

    private final TaskService taskService;
    private final TaskSubject subject;

    RefundTasks(TaskService taskService, TaskSubject subject) {
        this.taskService = taskService;
        this.subject = subject;
    }

    void open(Payment payment, Reason reason) {
        var whose = subject.of(payment.applicationId());
        var task = taskService.newTask();
        task.setName(NAME);
        task.setDescription((whose.isEmpty() ? "" : TaskSubject.description(whose) + ". ") + "Refund " + payment.refund().toPlainString() + " CNY of payment " + payment.paymentReference()
                + " for application " + payment.applicationId() + ": " + reason.en + ". / 退还申请 "
                + payment.applicationId() + " 付款 " + payment.paymentReference() + " 中的 "
                + payment.refund().toPlainString() + " 元：" + reason.zh + "。");
        taskService.saveTask(task);
        taskService.addCandidateGroup(task.getId(), Groups.OPS);
        // Strings: the engine has no exact decimal type, and a double would not be the amount to send back.
        var variables = new HashMap<String, Object>(whose);
        variables.putAll(Map.of(
                "applicationId", payment.applicationId(),
                "paymentReference", payment.paymentReference(),
                RefundAmountListener.REFUND_AMOUNT, payment.refund().toPlainString(),
                "refundReason", reason.name()));
        taskService.setVariablesLocal(task.getId(), variables);
    }
}
