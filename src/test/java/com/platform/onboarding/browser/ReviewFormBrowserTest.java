package com.platform.onboarding.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.platform.onboarding.Http;
import com.platform.onboarding.OnboardingTest;
import com.platform.onboarding.Registrations;
import com.platform.onboarding.Waits;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.TaskServiceImpl;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The review form in Tasklist (Debian's Chromium, a Chinese browser) shows the whole review file, and what a merchant
 * typed as text: a merchant whose name is markdown and HTML is shown by that name, literally, with no bold line and no
 * image. The file here is written over the listener's, so that the form is judged on every part of it.
 */
@OnboardingTest
class ReviewFormBrowserTest {

    static final String MARKUP_NAME = "**已通过风控 / risk cleared** <img src=x onerror=alert(1)>";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    TaskService taskService;

    @BeforeEach
    void browser() {
        Browser.assumeInstalled();
    }

    @Test
    void aMerchantsMarkupIsShownAsTextAndTheFileAsTheCheckFoundIt() throws Exception {
        String applicationId = Registrations.register(port, "markup-merchant", MARKUP_NAME, "OVERSEAS",
                "food.fresh-fruit.durian", "US,HK");
        String review = reviewTaskOf(applicationId, MARKUP_NAME);
        // Claimed first: the review's own listener writes its file again when the task is assigned.
        taskService.claim(review, "reviewer");
        writeReviewFile(review, file(applicationId, null));

        try (var reviewer = new Browser(port, "review-form", 1400, 1000, "zh-CN")) {
            reviewer.loginToTasklist("reviewer", Http.DEMO_PASSWORD);
            reviewer.openTask(review);
            String form = reviewer.waitForText("自动检查结果 / What the automated check found",
                    "剩余 212 天 ≥ 30 / 212 days left ≥ 30", "信用代码校验通过 / credit code valid",
                    "✘ 未通过 / failed", "此前的审核 / Earlier review rounds", "<b>看这里</b> / **look here**",
                    "SG-FOOD-EXPORT-7", "2025-01-01 – 2027-06-30（剩余 212 天 / 212 days left）", MARKUP_NAME);
            assertThat(reviewer.fieldValue("商家名称 / Merchant name")).isEqualTo(MARKUP_NAME);
            assertThat(reviewer.fieldValue("类目 / Category")).isEqualTo("生鲜 › 水果 › 榴莲 / Fresh food › Fruit › Durian");
            // Nothing the merchant typed became markup: no bold line, no image (its onerror would have opened an alert).
            assertThat(reviewer.all(".fjs-form img, img[src='x']")).isEmpty();
            assertThat(reviewer.all(".fjs-form strong")).extracting(e -> e.getText())
                    .noneMatch(text -> text.contains("已通过风控"));
            assertThat(form).doesNotContain("自动检查已通过", "rO0AB");
            // Both documents open in a new tab at the document endpoint; the first approval shows only on a second review.
            for (String document : List.of("overseasEntityDocument", "domesticEntrustedDocument")) {
                var link = reviewer.find(".fjs-form a[href='/api/merchants/" + applicationId + "/documents/" + document + "']");
                assertThat(link.getAttribute("target")).isEqualTo("_blank");
            }
            assertThat(reviewer.find(".fjs-form a[href='/api/merchants/" + applicationId + "/audit-pack']")
                    .getAttribute("target")).isEqualTo("_blank");
            assertThat(form).doesNotContain("初审已通过 / First approval");
            reviewer.screenshot("1-file");
            reviewer.scrollTo("table[id$='-qualifications']");
            reviewer.screenshot("2-qualifications");
            reviewer.scrollTo("table[id$='-rounds']");
            reviewer.screenshot("3-findings-and-rounds");

            // Tasklist's own places for the name, the task's description and the list, show it as text too.
            reviewer.focusFilter("我的 / Mine");
            reviewer.until("the name in the list", () -> reviewer.find(".tasks-list").getText().contains(MARKUP_NAME));
            reviewer.openListedTask(review);
            reviewer.clickText("描述");
            reviewer.until("the description", () -> reviewer.find(".description-pane").getText().contains(MARKUP_NAME));
            assertThat(reviewer.all("img[src='x']")).isEmpty();
            assertThat(reviewer.all("strong, b")).extracting(e -> e.getText()).noneMatch(text -> text.contains("已通过风控"));
            reviewer.screenshot("4-list-and-description");
            reviewer.clickText("表单");
            reviewer.waitForText("审核结论 / Decision");
            reviewer.clickText("退回修改 / Request changes");
            reviewer.type("textarea[id$='-decisionReason']", "请上传清晰扫描件 / A clearer scan, please");
            reviewer.complete();
        }
        // The form sent only the decision and its reason: the guard would have refused anything else.
        assertThat(taskService.createTaskQuery().taskId(review).count()).isZero();
    }

    @Test
    void aSecondReviewShowsWhoApprovedFirstWhenAndWithWhatNote() throws Exception {
        String applicationId = Registrations.register(port, "markup-second", "Second Look Durian Ltd", "OVERSEAS",
                "food.fresh-fruit.durian", "US,HK");
        String review = reviewTaskOf(applicationId, "Second Look Durian Ltd");
        writeReviewFile(review, file(applicationId, Map.of("by", "reviewer", "at", "2026-12-01 11:00",
                "note", "<i>证照齐全</i> / all in order")));

        try (var reviewer = new Browser(port, "review-form-second", 1400, 1000, "zh-CN")) {
            reviewer.loginToTasklist("reviewer2", Http.DEMO_PASSWORD);
            reviewer.openTask(review);
            reviewer.waitForText("初审已通过 / First approval");
            assertThat(reviewer.fieldValue("初审审核员 / Approved by")).isEqualTo("reviewer");
            assertThat(reviewer.fieldValue("时间 / When")).isEqualTo("2026-12-01 11:00");
            assertThat(reviewer.fieldValue("初审意见 / Note")).isEqualTo("<i>证照齐全</i> / all in order");
            assertThat(reviewer.all(".fjs-form i")).isEmpty();
            reviewer.scrollTo("textarea[id$='-first-approval-note']");
            reviewer.screenshot("1-first-approval");
        }
    }

    /** The agreement signed and the qualifications handed in: the review task the application then waits at. */
    private String reviewTaskOf(String applicationId, String holder) {
        var sign = taskService.createTaskQuery().processInstanceBusinessKey(applicationId).singleResult();
        taskService.complete(sign.getId(), Map.of("agreementAccepted", true, "committedShippingDays", 7));
        var upload = taskService.createTaskQuery().processInstanceBusinessKey(applicationId).singleResult();
        taskService.complete(upload.getId(), Registrations.overseasDurianQualifications(holder));
        Waits.continuations(engine).runFor(applicationId);
        return taskService.createTaskQuery().processInstanceBusinessKey(applicationId).singleResult().getId();
    }

    /** The file as the contract has it: one qualification failing a rule, an earlier round whose reason is markup. */
    private static Map<String, Object> file(String applicationId, Map<String, Object> firstApproval) {
        var file = new LinkedHashMap<String, Object>();
        file.put("applicationId", applicationId);
        file.put("merchant", Map.of("name", MARKUP_NAME, "entityType", "境外企业 / Overseas company",
                "category", "生鲜 › 水果 › 榴莲 / Fresh food › Fruit › Durian", "markets", "美国、中国香港 / United States, Hong Kong",
                "factoryProgramme", "未参加 / Not joined"));
        file.put("qualifications", List.of(
                qualification(applicationId, "境外主体资质 / Overseas-entity qualification", "SG-FOOD-EXPORT-7",
                        "overseasEntityDocument", "境外主体资质.pdf 查看 / open"),
                qualification(applicationId, "境内委托企业资质 / Domestic entrusted enterprise's qualification",
                        "91350100M000100Y43", "domesticEntrustedDocument", "境内委托企业资质.pdf 查看 / open")));
        file.put("findings", List.of(
                finding("有效期 / Validity", "境外主体资质 / Overseas-entity qualification", true,
                        "剩余 212 天 ≥ 30 / 212 days left ≥ 30"),
                finding("信用代码 / Credit code", "境内委托企业资质 / Domestic entrusted enterprise's qualification", true,
                        "信用代码校验通过 / credit code valid"),
                finding("类目覆盖 / Category", "境外主体资质 / Overseas-entity qualification", false,
                        "类目未覆盖：榴莲 / category not covered: Durian")));
        file.put("rounds", List.of(Map.of("task", "资质审核 / Qualification review", "decision", "退回修改 / Changes requested",
                "reason", "<b>看这里</b> / **look here**", "issues", "—", "by", "reviewer", "at", "2026-11-30 09:10")));
        file.put("auditPackUrl", "/api/merchants/" + applicationId + "/audit-pack");
        file.put("firstApproval", firstApproval);
        file.put("factory", null);
        return file;
    }

    private static Map<String, Object> qualification(String applicationId, String name, String number, String document,
            String label) {
        var q = new LinkedHashMap<String, Object>();
        q.put("name", name);
        q.put("holder", MARKUP_NAME);
        q.put("number", number);
        q.put("categories", "食品 / Food");
        q.put("validFrom", "2025-01-01");
        q.put("validUntil", "2027-06-30");
        q.put("daysLeft", 212);
        q.put("documentUrl", "/api/merchants/" + applicationId + "/documents/" + document);
        q.put("documentLabel", label);
        return q;
    }

    private static Map<String, Object> finding(String rule, String qualification, boolean passed, String detail) {
        return Map.of("rule", rule, "qualification", qualification, "passed", passed, "detail", detail);
    }

    /** Written inside the engine, as a task listener would: the guard holds only what callers write. */
    private void writeReviewFile(String taskId, Map<String, Object> file) throws Exception {
        var json = SpinValues.jsonValue(new ObjectMapper().writeValueAsString(file)).create();
        ((TaskServiceImpl) taskService).getCommandExecutor().execute(context -> {
            context.getTaskManager().findTaskById(taskId).setVariableLocal("reviewFile", json);
            return null;
        });
    }
}
