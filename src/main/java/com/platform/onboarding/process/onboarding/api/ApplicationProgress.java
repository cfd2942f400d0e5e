package com.platform.onboarding.process.onboarding.api;

import com.platform.onboarding.merchant.MerchantApplication;
import com.platform.onboarding.process.onboarding.MerchantOnboarding.Elements;
import com.platform.onboarding.process.onboarding.MerchantOnboarding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.springframework.stereotype.Component;

/**
 * The stages a merchant sees (the portal's stepper), read from where the process waits: the merchant does not need
 * to know the model's steps, only which of seven stages the application is in.
 */
@Component
class ApplicationProgress {

    enum Stage { REGISTERED, OVERSEAS_AGREEMENT, QUALIFICATIONS, REVIEW, FACTORY, DEPOSIT, STORE_OPEN, CLOSED }

    enum StepState { DONE, CURRENT, TODO, SKIPPED }

    record Step(Stage stage, StepState state) {}

    /**
     * What the platform is working on after a hand-in or a payment: a job of its own that runs once the caller was
     * answered (asyncBefore), usually within seconds. The merchant waits for its result by reading the status again.
     */
    enum Check {
        QUALIFICATIONS(Elements.CHECK_QUALIFICATIONS, "检查中：正在检查您提交的资质", "Checking your documents"),
        FACTORY_AUDIT(Elements.CHECK_FACTORY_AUDIT, "检查中：正在检查您提交的验厂报告", "Checking your factory audit"),
        PAYMENT(Elements.RECORD_DEPOSIT_PAYMENT, "处理中：正在记入您的付款", "Recording your payment");

        private final String activity;
        final String zh;
        final String en;

        Check(String activity, String zh, String en) {
            this.activity = activity;
            this.zh = zh;
            this.en = en;
        }
    }

    /** {@code check}: its code; the words for the merchant in both languages. */
    record Checking(Check check, String zh, String en) {}

    private static final Map<Stage, Set<String>> ACTIVITIES = Map.of(
            Stage.OVERSEAS_AGREEMENT, Set.of(Elements.SIGN_OVERSEAS_AGREEMENT, Elements.CHECK_AGREEMENT),
            Stage.QUALIFICATIONS, Set.of(Elements.QUALIFICATIONS_DUE, Elements.UPLOAD_QUALIFICATIONS,
                    Elements.CHECK_QUALIFICATIONS, Elements.NOTIFY_QUALIFICATION_ISSUES),
            Stage.REVIEW, Set.of(Elements.SCREEN_CREDIT_CODE, Elements.REVIEW_QUALIFICATIONS,
                    Elements.SECOND_REVIEW_QUALIFICATIONS, Elements.RECHECK_QUALIFICATIONS, Elements.DETERMINE_DEPOSIT),
            Stage.FACTORY, Set.of(Elements.FACTORY_AUDIT_DUE, Elements.UPLOAD_FACTORY_AUDIT,
                    Elements.CHECK_FACTORY_AUDIT, Elements.DETERMINE_FACTORY_TIER, Elements.REVIEW_FACTORY),
            Stage.DEPOSIT, Set.of(Elements.COLLECT_DEPOSIT, Elements.NOTIFY_DEPOSIT_DUE, Elements.AWAITING_DEPOSIT,
                    Elements.DEPOSIT_PAID, Elements.RECORD_DEPOSIT_PAYMENT, Elements.DEPOSIT_COMPLETE));

    private static final List<Stage> STEPS = List.of(Stage.REGISTERED, Stage.OVERSEAS_AGREEMENT, Stage.QUALIFICATIONS,
            Stage.REVIEW, Stage.FACTORY, Stage.DEPOSIT, Stage.STORE_OPEN);

    private final RuntimeService runtimeService;
    private final HistoryService historyService;

    ApplicationProgress(RuntimeService runtimeService, HistoryService historyService) {
        this.runtimeService = runtimeService;
        this.historyService = historyService;
    }

    /** Where the onboarding process waits now: activity ids (a task, or e.g. {@code deposit-paid}). */
    List<String> activeActivities(String applicationId) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(MerchantOnboarding.PROCESS_KEY)
                .processInstanceBusinessKey(applicationId).list().stream()
                .flatMap(instance -> activeIn(instance.getId()).stream()).toList();
    }

    /**
     * An instance found a moment ago may have ended since (the job that activates the store ends it): then it waits
     * nowhere. Seen under load as a 500 on the merchant's status while the portal read it at the activation.
     */
    private List<String> activeIn(String instanceId) {
        try {
            return runtimeService.getActiveActivityIds(instanceId);
        } catch (NullValueException ended) {
            return List.of();
        }
    }

    /** The check under way, or null: the status shows it until its job has run. */
    static Checking checking(Collection<String> activeActivities) {
        for (Check check : Check.values()) {
            if (activeActivities.contains(check.activity)) {
                return new Checking(check, check.zh, check.en);
            }
        }
        return null;
    }

    Stage stage(MerchantApplication application, Collection<String> activeActivities) {
        return switch (application.status()) {
            case ACTIVE, SUSPENDED -> Stage.STORE_OPEN;
            case REJECTED, WITHDRAWN, EXPIRED -> Stage.CLOSED;
            case APPLYING -> furthest(activeActivities);
        };
    }

    List<Step> steps(MerchantApplication application, Collection<String> activeActivities, BigDecimal depositRequired) {
        var stage = stage(application, activeActivities);
        var reached = switch (stage) {
            case STORE_OPEN -> null;
            case CLOSED -> lastReached(application.applicationId());
            default -> stage;
        };
        var steps = new ArrayList<Step>();
        boolean before = reached != null;
        for (Stage step : STEPS) {
            if (skipped(step, application, depositRequired)) {
                steps.add(new Step(step, StepState.SKIPPED));
                continue;
            }
            if (reached == null) {
                steps.add(new Step(step, StepState.DONE));
            } else if (step == reached) {
                before = false;
                steps.add(new Step(step, stage == Stage.CLOSED ? StepState.TODO : StepState.CURRENT));
            } else {
                steps.add(new Step(step, before ? StepState.DONE : StepState.TODO));
            }
        }
        return steps;
    }

    private boolean skipped(Stage step, MerchantApplication application, BigDecimal depositRequired) {
        return switch (step) {
            // Markets are cleared when a store leaves the plan; the agreement it signed still counts as done.
            case OVERSEAS_AGREEMENT -> application.overseasMarkets().isEmpty() && !signed(application.applicationId());
            case FACTORY -> !application.factoryProgram();
            case DEPOSIT -> depositRequired != null && depositRequired.signum() <= 0;
            default -> false;
        };
    }

    private boolean signed(String applicationId) {
        String instance = onboardingInstance(applicationId);
        return instance != null && historyService.createHistoricActivityInstanceQuery().processInstanceId(instance)
                .activityId(Elements.SIGN_OVERSEAS_AGREEMENT).count() > 0;
    }

    private static Stage furthest(Collection<String> activeActivities) {
        Stage furthest = Stage.REGISTERED;
        for (String activity : activeActivities) {
            for (var stage : ACTIVITIES.entrySet()) {
                if (stage.getValue().contains(activity) && stage.getKey().compareTo(furthest) > 0) {
                    furthest = stage.getKey();
                }
            }
        }
        return furthest;
    }

    /** For an application that ended without a store: the stage it had reached. */
    private Stage lastReached(String applicationId) {
        String instance = onboardingInstance(applicationId);
        if (instance == null) {
            return Stage.REGISTERED;
        }
        var activities = historyService.createHistoricActivityInstanceQuery().processInstanceId(instance).list()
                .stream().map(a -> a.getActivityId()).toList();
        return furthest(activities);
    }

    private String onboardingInstance(String applicationId) {
        var instances = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(applicationId)
                .processDefinitionKey(MerchantOnboarding.PROCESS_KEY).orderByProcessInstanceStartTime().desc()
                .listPage(0, 1);
        return instances.isEmpty() ? null : instances.get(0).getId();
    }
}
