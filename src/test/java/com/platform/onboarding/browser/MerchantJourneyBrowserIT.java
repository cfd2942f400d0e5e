package com.platform.onboarding.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.platform.onboarding.Http;
import com.platform.onboarding.MerchantApi;
import com.platform.onboarding.PackagedService;
import com.platform.onboarding.Waits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.support.ui.Select;

/**
 * Merchants, reviewers and ops in a real browser (Debian's Chromium) against the packaged service: what each person
 * sees in the merchant portal (at 1400 and 390 px), in Tasklist and in Cockpit, in Chinese and English. Screenshots in
 * target/browser-screenshots/.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MerchantJourneyBrowserIT {

    private static final String PASSWORD = "Durian2026x";
    // The service checks validity in its business zone on its real clock, so the dates follow that day.
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private PackagedService service;
    private Path files;
    private int smtpPort;

    // Started by the first test that has a browser, so that without one every test reports why it was skipped.
    @BeforeEach
    void serviceWithBrowser() throws IOException {
        Browser.assumeInstalled();
        if (service == null) {
            Path work = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "browser-it-").toAbsolutePath();
            files = Files.createDirectories(work.resolve("uploads"));
            // A mail server that is down until the ops journey brings it up: e-mail jobs fail, as in production.
            smtpPort = freePort();
            service = PackagedService.start("browser", Map.of(), "--onboarding.data-dir=" + work.resolve("data"),
                    "--spring.mail.host=localhost", "--spring.mail.port=" + smtpPort);
        }
    }

    @AfterAll
    void stop() throws InterruptedException {
        if (service != null) {
            service.close();
        }
    }

    @ParameterizedTest(name = "in {0}, {1} px wide")
    @CsvSource({"zh, 1400", "en, 390"})
    void merchantRegistersSignsAndHandsInQualificationsInThePortalUntilTheyAreInOrder(String language, int width)
            throws Exception {
        boolean zh = language.equals("zh");
        String username = "browser-" + language;
        String merchantName = "Browser Durian " + language.toUpperCase() + " Ltd";
        try (var browser = new Browser(service.port(), "merchant-" + language + "-" + width, width, 900)) {
            String applicationId = registerInThePortal(browser, language, username, merchantName);

            // Registered and signed in: the application page says what is due, the agreement.
            String home = browser.waitForText(zh ? "我的申请" : "My application", merchantName,
                    zh ? "签署出海协议" : "Sign overseas agreement", zh ? "入驻进度" : "Progress");
            assertThat(home).doesNotContain("Tasklist", "engine", "sign-overseas-agreement");
            browser.screenshot("2-application");
            assertThat(browser.seriousAccessibilityViolations()).as("the application page").isEmpty();

            browser.click(".due-item a.button");
            String agreement = browser.waitForText(zh ? "我同意出海协议" : "I accept the overseas agreement",
                    zh ? "您选择的市场：美国、中国香港" : "Your markets: United States, Hong Kong");
            assertThat(agreement).doesNotContain(zh ? "Your markets" : "您选择的市场")
                    .doesNotContain(zh ? "承诺发货时效（天）" : "Committed shipping time (days)");
            browser.click("input[type=checkbox][id$='-agreementAccepted']");
            browser.waitForText(zh ? "承诺发货时效（天）" : "Committed shipping time (days)");
            browser.type("input[id$='-committedShippingDays']", "99");
            // Out of range: the renderer says so in the person's language, and nothing is sent.
            browser.submitPortalForm();
            browser.waitForText(zh ? "不能大于 30。" : "Field must have maximum value of 30.");
            browser.type("input[id$='-committedShippingDays']", "7");
            browser.screenshot("3-agreement-signed");
            assertThat(browser.seriousAccessibilityViolations()).as("the agreement form").isEmpty();
            // Sent, the portal goes back to the application by itself: the next step is there.
            assertThat(browser.submitPortalForm()).contains(zh ? "已提交，谢谢！" : "Sent. Thank you!");
            browser.waitForText(zh ? "上传资质" : "Upload qualifications");
            browser.click(".due-item a.button");
            String upload = browser.waitForText(zh ? "境外主体资质" : "Overseas-entity qualification",
                    zh ? "境内委托企业资质" : "Domestic entrusted enterprise's qualification",
                    zh ? "持证主体名称" : "Holder name", zh ? "覆盖类目" : "Categories covered");
            // An overseas merchant hands in exactly the two qualifications the decision asks for, nothing else.
            assertThat(upload).doesNotContain(zh ? "营业执照" : "Business licence");
            LocalDate tooSoon = TODAY.plusDays(10);
            fillQualification(browser, zh, "overseasEntity", merchantName, "SG-FOOD-EXPORT-7", tooSoon);
            fillQualification(browser, zh, "domesticEntrusted", merchantName, "91350100M000100Y43", TODAY.plusDays(365));
            browser.screenshot("4-qualifications-filled");
            assertThat(browser.seriousAccessibilityViolations()).as("the upload form").isEmpty();
            // The check runs after the answer, in a job, usually within a second: held here (as ops may hold a step,
            // its job definition suspended) so that what the merchant sees meanwhile can be seen and photographed.
            var admin = Http.as(service.port(), "admin", Http.DEMO_PASSWORD);
            holdChecks(admin, true);
            assertThat(browser.submitPortalForm()).contains(zh ? "已提交，谢谢！" : "Sent. Thank you!");
            String checking = browser.waitForText(zh ? "检查中：正在检查您提交的资质" : "Checking your documents",
                    zh ? "本页会自动更新" : "This page updates by itself");
            assertThat(checking).doesNotContain(zh ? "需要修改的问题" : "What to fix");
            assertThat(browser.all(".due-item")).as("no task while the check runs").isEmpty();
            assertThat(browser.find(".checking").getAttribute("role")).isEqualTo("status");
            browser.screenshot("5a-checking");
            assertThat(browser.seriousAccessibilityViolations()).as("the checking notice").isEmpty();
            holdChecks(admin, false);

            // The check found an issue: the page, reading the status again by itself, says what and where.
            String issues = browser.waitForText(zh ? "需要修改的问题" : "What to fix",
                    zh ? "将于 " + tooSoon + " 到期，剩余 10 天，须至少 30 天。"
                            : "expires on " + tooSoon + ": 10 days left, at least 30 are required.",
                    zh ? "需修改：境外主体资质 · 有效期至" : "Fix: Overseas-entity qualification · Valid until");
            assertThat(issues).doesNotContain("QUALIFICATION_EXPIRES_TOO_SOON", "overseasEntityValidUntil");
            browser.screenshot("5-issues-shown");
            assertThat(browser.seriousAccessibilityViolations()).as("the issues").isEmpty();

            // The merchant fixes only the date: the documents on file stay without being chosen again.
            browser.click(".issue a");
            browser.waitForText(zh ? "已上传：overseasEntity.pdf" : "On file: overseasEntity.pdf",
                    zh ? "已上传：domesticEntrusted.pdf" : "On file: domesticEntrusted.pdf");
            browser.pickDate("overseasEntityValidUntil", TODAY.plusDays(365));
            browser.screenshot("6-issue-fixed");
            assertThat(browser.submitPortalForm()).contains(zh ? "已提交，谢谢！" : "Sent. Thank you!");

            // Nothing left for the merchant once the check has run: the application waits for the reviewers.
            browser.waitForText(zh ? "目前没有需要您处理的事项。" : "Nothing is waiting for you right now.",
                    zh ? "平台审核员审核中" : "Our reviewers are checking your documents");
            browser.screenshot("7-handed-in");
            var status = Http.as(service.port(), username, PASSWORD).get("/api/merchants/" + applicationId).json();
            assertThat(status.get("stage")).extracting(n -> n.asText()).containsExactly("review-qualifications");
        }
    }

    @ParameterizedTest(name = "in {0}, {1} px wide")
    @CsvSource({"zh, 1400", "en, 390"})
    void afterTheReviewTheMerchantPaysSeesTheStoreOpenRenewsAQualificationAndLeavesThePlan(String language, int width)
            throws Exception {
        boolean zh = language.equals("zh");
        String username = "browser-store-" + language;
        String merchantName = "Browser Store Durian " + language.toUpperCase() + " Ltd";
        String applicationId = registerByApi(username, merchantName);
        var merchant = MerchantApi.basic(service.port(), username, PASSWORD);
        completeOnlyTask(merchant, applicationId, "{\"variables\":{\"agreementAccepted\":{\"value\":true},"
                + "\"committedShippingDays\":{\"value\":7}}}");
        // Exactly 30 days left passes the check, and puts the first reminder, with the renewal task, due at activation.
        LocalDate expiring = TODAY.plusDays(30);
        completeOnlyTask(merchant, applicationId, qualificationsBody(merchantName, "food",
                Map.of("overseasEntity", expiring, "domesticEntrusted", TODAY.plusDays(365))));
        approveWithFourEyes(applicationId);

        // A browser in the person's own language: the date picker then takes Chinese or American dates.
        try (var browser = new Browser(service.port(), "store-" + language + "-" + width, width, 900,
                zh ? "zh-CN" : "en-US")) {
            browser.signInToPortal(username, PASSWORD);
            browser.portalLanguage(language);
            // The review passed, and the deposit is what the merchant must do now: how much, by when, quoting what.
            String due = browser.waitForText(zh ? "资质审核已通过" : "Your qualifications are approved",
                    zh ? "缴纳类目保证金" : "Pay the category deposit", zh ? "20,000 元" : "CNY 20,000",
                    zh ? "付款时请备注此编号" : "Quote this reference when you pay", zh ? "截止" : "Due");
            assertThat(due).containsPattern(zh ? "剩余 \\d+ 天" : "\\d+ days left")
                    .contains(zh ? "待缴\n20,000 元" : "Still due\nCNY 20,000");
            assertThat(browser.find(".due-item code.reference").getText()).isEqualTo(applicationId);
            assertThat(browser.find(".stepper .step-current").getText()).contains(zh ? "缴纳保证金" : "Deposit");
            browser.screenshot("1-deposit-due");
            assertThat(browser.seriousAccessibilityViolations()).as("the deposit due").isEmpty();

            // Part of it arrives: the portal shows what is paid and what is still due.
            var payments = Http.as(service.port(), "payments", Http.DEMO_PASSWORD);
            assertThat(pay(payments, applicationId, "PAY-BROWSER-" + language + "-1", "12000").status()).isEqualTo(201);
            browser.open("/");
            // Recorded in the process just after the answer: the page shows the rest due once that has run.
            String part = browser.waitForText(zh ? "已缴\n12,000 元" : "Paid\nCNY 12,000",
                    zh ? "待缴\n8,000 元" : "Still due\nCNY 8,000", zh ? "缴纳类目保证金" : "Pay the category deposit");
            assertThat(browser.find(".due-item").getText()).contains(zh ? "8,000 元" : "CNY 8,000");
            assertThat(part).doesNotContain(zh ? "我的店铺" : "My store");
            browser.scrollToHeading(zh ? "保证金" : "Deposit");
            browser.screenshot("2-deposit-part-paid");

            // The rest: the store opens in the markets chosen, and the stepper has reached its last stage.
            assertThat(pay(payments, applicationId, "PAY-BROWSER-" + language + "-2", "8000").status()).isEqualTo(201);
            String open = reloadUntil(browser, zh ? "我的店铺" : "My store");
            assertThat(open).contains(zh ? "店铺已开通" : "Store open", zh ? "美国、中国香港" : "United States, Hong Kong",
                    zh ? "保证金已缴清。" : "The deposit is paid in full.");
            var steps = browser.all(".stepper li");
            assertThat(steps.get(steps.size() - 1).getText()).contains(zh ? "店铺开通" : "Store open");
            assertThat(browser.all(".stepper li.step-current, .stepper li.step-todo")).isEmpty();
            browser.scrollToHeading(zh ? "入驻进度" : "Progress");
            browser.screenshot("3-store-open");
            assertThat(browser.seriousAccessibilityViolations()).as("the store page").isEmpty();

            // The expiry watch opens the renewal at once, 30 days before the last valid day.
            // The page reads the status and the tasks in two calls: wait until both know of the renewal.
            String renewalName = zh ? "更新资质：境外主体资质" : "Renew qualification: Overseas-entity qualification";
            reloadUntil(browser, renewalName);
            assertThat(browser.sectionText(zh ? "我的店铺" : "My store")).contains(zh ? "境外主体资质" : "Overseas-entity",
                    zh ? "有效期至 " + chinese(expiring) + " · 剩余 30 天" : "valid until " + expiring + " · 30 days left");
            browser.scrollToHeading(zh ? "我的店铺" : "My store");
            browser.screenshot("4-renewal-due");
            // From the store page, where the qualification shows its expiry, as a person reading it would.
            browser.click(".card .doc a.button[href*='#/task/']");
            browser.waitForText(renewalName, zh ? "境外主体资质" : "Overseas-entity qualification",
                    zh ? "持证主体、编号、类目已按现有记录填好" : "Holder, number and categories are filled in from our record");
            // The record's holder, number and category, ready: only the dates and the document are new.
            assertThat(browser.find(".task-form input[id$='-overseasEntityHolderName']").getAttribute("value"))
                    .isEqualTo(merchantName);
            assertThat(browser.find(".task-form input[id$='-overseasEntityNumber']").getAttribute("value"))
                    .isEqualTo("SG-FOOD-EXPORT-7");
            assertThat(browser.find(".task-form .fjs-taglist").getText()).contains(zh ? "食品" : "Food");
            // Only the qualification that expires, and no onboarding introduction.
            assertThat(browser.text()).doesNotContain(zh ? "境内委托企业资质" : "Domestic entrusted enterprise's qualification",
                    zh ? "境外商家的两项资质" : "an overseas merchant's two qualifications");
            // The new licence: valid from today, for a year and a month, typed as the browser's date picker expects.
            LocalDate renewed = TODAY.plusYears(1).plusDays(30);
            browser.typeDate("overseasEntityValidFrom", TODAY);
            assertThat(browser.typeDate("overseasEntityValidUntil", renewed)).isEqualTo(zh
                    ? renewed.getYear() + "/" + renewed.getMonthValue() + "/" + renewed.getDayOfMonth()
                    : renewed.getMonthValue() + "/" + renewed.getDayOfMonth() + "/" + renewed.getYear());
            Path newLicence = files.resolve("overseasEntity-renewed.pdf");
            Files.writeString(newLicence, "%PDF-1.4\n% renewed licence\n%%EOF\n", StandardCharsets.US_ASCII);
            browser.chooseFile("overseasEntityDocument", newLicence);
            browser.scrollTo(".task-form input[id$='-overseasEntityValidUntil-date']");
            browser.screenshot("5-renewal-filled");
            assertThat(browser.seriousAccessibilityViolations()).as("the renewal form").isEmpty();
            assertThat(browser.submitPortalForm()).contains(zh ? "已提交，谢谢！" : "Sent. Thank you!");

            // The check accepts it: the store page shows the new date and its days left, and no renewal is open.
            long daysLeft = java.time.temporal.ChronoUnit.DAYS.between(TODAY, renewed);
            reloadUntil(browser, zh ? "有效期至 " + chinese(renewed) : "valid until " + renewed);
            assertThat(browser.sectionText(zh ? "我的店铺" : "My store"))
                    .contains(zh ? "有效期至 " + chinese(renewed) + " · 剩余 " + daysLeft + " 天"
                            : "valid until " + renewed + " · " + daysLeft + " days left")
                    .doesNotContain(zh ? "有效期至 " + chinese(expiring) : "valid until " + expiring);
            assertThat(browser.all(".card a.button[href*='#/task/']")).isEmpty();
            // The document on file is the new licence, under the name it was chosen by.
            assertThat(browser.sectionText(zh ? "已提交的证照" : "Documents on file")).contains("overseasEntity-renewed.pdf");
            assertThat(merchant.http().get("/api/merchants/" + applicationId + "/documents/overseasEntityDocument")
                    .body()).contains("renewed licence");
            browser.scrollToHeading(zh ? "我的店铺" : "My store");
            browser.screenshot("6-renewed");

            // Leaving the overseas plan asks first, then the store sells in no market abroad.
            browser.clickText(zh ? "退出出海计划" : "Leave the going-overseas plan");
            String asked = browser.waitForText(zh ? "确定退出出海计划？" : "Leave the going-overseas plan?");
            assertThat(asked).contains(zh ? "美国、中国香港" : "United States, Hong Kong");
            browser.screenshot("7-leave-plan-confirm");
            assertThat(browser.seriousAccessibilityViolations()).as("the confirmation").isEmpty();
            browser.click("dialog .button.danger");
            String left = browser.waitForText(zh ? "已退出出海计划。" : "You have left the going-overseas plan.",
                    zh ? "未加入出海计划" : "Not in the going-overseas plan");
            assertThat(left).doesNotContain(zh ? "美国、中国香港" : "United States, Hong Kong");
            browser.screenshot("8-plan-left");
            assertThat(browser.sectionText(zh ? "我的店铺" : "My store"))
                    .contains(zh ? "出海市场\n未加入出海计划" : "Not in the going-overseas plan")
                    .doesNotContain(zh ? "退出出海计划" : "Leave the going-overseas plan");
            browser.scrollToHeading(zh ? "我的店铺" : "My store");
            browser.screenshot("9-no-markets");
        }
        assertThat(merchant.status(applicationId).get("markets")).isEmpty();
    }

    /** Both reviews through the engine's REST API, as the two reviewers: the reviewers' journey shows them in Tasklist. */
    private void approveWithFourEyes(String applicationId) {
        var reviewer = Http.as(service.port(), "reviewer", Http.DEMO_PASSWORD);
        String first = reviewTask(reviewer, applicationId);
        assertThat(reviewer.postJson("/engine-rest/task/" + first + "/claim", "{\"userId\":\"reviewer\"}").status())
                .isEqualTo(204);
        assertThat(reviewer.postJson("/engine-rest/task/" + first + "/complete", APPROVE).status()).isEqualTo(204);
        var secondReviewer = Http.as(service.port(), "reviewer2", Http.DEMO_PASSWORD);
        String second = reviewTask(secondReviewer, applicationId);
        assertThat(secondReviewer.postJson("/engine-rest/task/" + second + "/claim", "{\"userId\":\"reviewer2\"}")
                .status()).isEqualTo(204);
        assertThat(secondReviewer.postJson("/engine-rest/task/" + second + "/complete", APPROVE).status())
                .isEqualTo(204);
    }

    /** Holds (or lets go) every check of handed-in qualifications, as ops would suspend a step's job definition. */
    private static void holdChecks(Http admin, boolean hold) {
        var definitions = admin.get("/engine-rest/job-definition?activityIdIn=check-qualifications").json();
        assertThat(definitions).isNotEmpty();
        for (var definition : definitions) {
            assertThat(admin.putJson("/engine-rest/job-definition/" + definition.get("id").asText() + "/suspended",
                    "{\"suspended\":" + hold + ",\"includeJobs\":true}").status()).isEqualTo(204);
        }
    }

    private static final String APPROVE = "{\"variables\":{\"decision\":{\"value\":\"APPROVE\"}}}";

    private static Http.Response pay(Http payments, String applicationId, String reference, String amount) {
        var paid = payments.postJson("/api/payments", "{\"applicationId\":\"" + applicationId
                + "\",\"paymentReference\":\"" + reference + "\",\"amount\":" + amount + ",\"currency\":\"CNY\"}");
        return paid;
    }

    /**
     * Reloads the application page until it shows these: what the engine's jobs do next (open the store, the renewal)
     * arrives without the merchant doing anything, and on a busy machine may take a while.
     */
    private static String reloadUntil(Browser browser, String... texts) {
        long until = System.nanoTime() + java.time.Duration.ofMinutes(3).toNanos();
        while (true) {
            if (browser.url().endsWith("/#/")) {
                browser.reload();
            } else {
                browser.open("/#/");
            }
            browser.find(".stepper");
            String shown = browser.text();
            if (java.util.Arrays.stream(texts).allMatch(shown::contains)) {
                return shown;
            }
            if (System.nanoTime() > until) {
                return browser.waitForText(texts);
            }
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** A date as the portal writes it in Chinese. */
    private static String chinese(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    @Test
    void aMerchantOpeningAnotherMerchantsTaskUrlSeesNoneOfItsData() {
        var owner = Http.as(service.port(), "merchant", Http.DEMO_PASSWORD);
        String ownersApplication = owner.get("/api/merchants/me/applications").json().get(0).get("applicationId").asText();
        String othersTask = owner.get("/api/merchants/" + ownersApplication + "/tasks").json().get(0).get("taskId")
                .asText();
        registerByApi("browser-nosy", "Nosy Trading Ltd");

        try (var browser = new Browser(service.port(), "other-merchants-task")) {
            browser.signInToPortal("browser-nosy", PASSWORD);
            browser.portalLanguage("en");
            browser.open("/#/task/" + ownersApplication + "/" + othersTask);
            // The portal answers as if the task did not exist: not even its existence leaks.
            String shown = browser.waitForText("Not found: it may be done or closed already.");
            browser.screenshot("1-other-task-url");
            assertThat(shown).doesNotContain("Demo Durian Trading Ltd", "I accept the overseas agreement", othersTask);
            assertThat(browser.all(".fjs-form")).isEmpty();
            browser.open("/#/app/" + ownersApplication);
            assertThat(browser.waitForText("Not found: it may be done or closed already."))
                    .doesNotContain("Demo Durian Trading Ltd");
        }
    }

    /**
     * Two reviewers in Chinese browsers: the first opens both documents (a PDF and a photo), reads what the check found,
     * asks for a clearer scan, and after the merchant's fix approves; the second review is not offered to them, and the
     * second reviewer sees their approval before approving.
     */
    @Test
    void reviewersReadTheWholeFileRequestChangesOnceThenApproveWithFourEyes() throws Exception {
        String username = "browser-durian-b";
        String merchantName = "Browser Review Durian Ltd";
        String applicationId = registerByApi(username, merchantName);
        var merchant = MerchantApi.basic(service.port(), username, PASSWORD);
        completeOnlyTask(merchant, applicationId, "{\"variables\":{\"agreementAccepted\":{\"value\":true},"
                + "\"committedShippingDays\":{\"value\":7}}}");
        var validity = new java.util.LinkedHashMap<String, LocalDate>();
        validity.put("overseasEntity", TODAY.plusDays(365));
        validity.put("domesticEntrusted", TODAY.plusDays(200));
        completeOnlyTask(merchant, applicationId, qualificationsBody(merchantName, "food", validity, Map.of(
                "overseasEntity", new Upload("overseasEntity.pdf", "application/pdf", licencePdf("Overseas entity licence")),
                "domesticEntrusted", new Upload("domesticEntrusted.png", "image/png", licencePhoto()))));

        String reason = "营业执照扫描件不清晰 / The scan is hard to read";
        String firstReview = reviewTask(Http.as(service.port(), "reviewer", Http.DEMO_PASSWORD), applicationId);
        try (var reviewer = new Browser(service.port(), "reviewer", 1400, 1000, "zh-CN")) {
            reviewer.loginToTasklist("reviewer", Http.DEMO_PASSWORD);
            reviewer.focusFilter("待领取 / To claim");
            reviewer.openListedTask(firstReview);
            // Tasklist itself speaks Chinese to a Chinese browser.
            reviewer.waitForText("表单", "历史", "流程图", "描述");
            reviewer.claim();
            String review = reviewer.waitForText(REVIEW_FORM_LABELS.toArray(String[]::new));
            assertThat(review).doesNotContain("原因（商家可见）/ Reason (shown to the merchant)", "自动检查已通过",
                    "OVERSEAS", "food.fresh-fruit.durian", "rO0AB");
            assertThat(reviewer.fieldValue("商家名称 / Merchant name")).isEqualTo(merchantName);
            assertThat(reviewer.fieldValue("主体类型 / Entity type")).isEqualTo("境外企业 / Overseas company");
            assertThat(reviewer.fieldValue("类目 / Category")).contains("榴莲 / ", "Durian");
            // The check's findings, with their figures: days left on the review day, the credit code.
            assertThat(review).contains("剩余 365 天 ≥ 30 / 365 days left ≥ 30", "剩余 200 天 ≥ 30 / 200 days left ≥ 30",
                    "信用代码校验通过 / credit code valid", "SG-FOOD-EXPORT-7", "91350100M000100Y43");
            reviewer.screenshot("1-claimed");
            reviewer.scrollTo("table[id$='-findings']");
            reviewer.screenshot("2-findings");

            // Both documents open in a new tab, inline: the PDF in the browser's viewer, the photo as an image.
            String back = reviewer.followIntoNewTab("a[href$='/documents/overseasEntityDocument']");
            reviewer.until("the PDF in the viewer", () -> reviewer.url().endsWith("/documents/overseasEntityDocument")
                    && "application/pdf".equals(reviewer.script("return document.contentType")));
            // The viewer paints its pages after the load, inside the browser's own frame, which the page cannot see.
            Thread.sleep(1500);
            reviewer.screenshot("3-pdf-opened");
            reviewer.closeTab(back);
            back = reviewer.followIntoNewTab("a[href$='/documents/domesticEntrustedDocument']");
            reviewer.until("the photo shown", () -> Boolean.TRUE.equals(reviewer.script(
                    "var i = document.querySelector('img'); return !!i && i.complete && i.naturalWidth === 320;")));
            reviewer.screenshot("4-photo-opened");
            reviewer.closeTab(back);
            // The audit pack, from the same form: the holder of the review reads it as a PDF.
            back = reviewer.followIntoNewTab("a[href$='/audit-pack']");
            reviewer.until("the audit pack in the viewer", () -> reviewer.url().endsWith("/audit-pack")
                    && "application/pdf".equals(reviewer.script("return document.contentType")));
            Thread.sleep(1500);
            reviewer.screenshot("4b-audit-pack-opened");
            reviewer.closeTab(back);

            reviewer.clickText("退回修改 / Request changes");
            reviewer.waitForText("原因（商家可见）/ Reason (shown to the merchant)");
            reviewer.type("textarea[id$='-decisionReason']", reason);
            reviewer.screenshot("5-changes-requested");
            reviewer.complete();
        }

        try (var browser = new Browser(service.port(), "merchant-changes", 390, 900)) {
            browser.signInToPortal(username, PASSWORD);
            browser.portalLanguage("zh");
            browser.waitForText("审核员要求修改", reason, "上传资质");
            browser.screenshot("1-reason-shown");
            browser.click(".due-item a.button");
            browser.waitForText("审核员要求修改", "已上传：overseasEntity.pdf", "已上传：domesticEntrusted.png");
            // The reviewer asked for a clearer scan: only that document is chosen again, the rest stays on file.
            Path clearer = files.resolve("overseasEntity-clearer.pdf");
            Files.write(clearer, licencePdf("Overseas entity licence, a clearer scan"));
            browser.chooseFile("overseasEntityDocument", clearer);
            browser.screenshot("2-clearer-scan-chosen");
            assertThat(browser.submitPortalForm()).contains("已提交，谢谢！");
            browser.waitForText("目前没有需要您处理的事项。");
        }

        String secondRound = reviewTask(Http.as(service.port(), "reviewer", Http.DEMO_PASSWORD), applicationId);
        String fourEyes;
        try (var reviewer = new Browser(service.port(), "reviewer-again", 1400, 1000, "zh-CN")) {
            reviewer.loginToTasklist("reviewer", Http.DEMO_PASSWORD);
            reviewer.focusFilter("待领取 / To claim");
            reviewer.openListedTask(secondRound);
            reviewer.claim();
            // The earlier round, with the reason given, by whom.
            String again = reviewer.waitForText("此前的审核 / Earlier review rounds", reason, "退回修改 / Changes requested");
            assertThat(again).contains("reviewer");
            reviewer.scrollTo("table[id$='-rounds']");
            reviewer.screenshot("1-earlier-round");
            reviewer.clickText("通过 / Approve");
            reviewer.screenshot("2-approved");
            reviewer.complete();

            // The second review is not theirs to take: it is not among the second reviews they may do.
            fourEyes = Http.as(service.port(), "reviewer2", Http.DEMO_PASSWORD).postJson("/engine-rest/task",
                    "{\"processInstanceBusinessKey\":\"" + applicationId + "\"}").json().get(0).get("id").asText();
            reviewer.focusFilter("待复核 / Second reviews I may do");
            reviewer.until("the list of second reviews", () -> !reviewer.all(".tasks-list li.task").isEmpty()
                    || reviewer.text().contains("没有符合过滤条件的任务"));
            assertThat(reviewer.all(".tasks-list li.task h4.task a[href*='task=" + fourEyes + "']")).isEmpty();
            reviewer.screenshot("3-no-second-review-offered");
        }

        try (var second = new Browser(service.port(), "second-reviewer", 1400, 1000, "zh-CN")) {
            second.loginToTasklist("reviewer2", Http.DEMO_PASSWORD);
            second.focusFilter("待复核 / Second reviews I may do");
            second.openListedTask(fourEyes);
            second.waitForText("Second review of qualifications 资质复核");
            second.claim();
            second.waitForText("资质审核 · Qualification review", "初审已通过 / First approval");
            assertThat(second.fieldValue("商家名称 / Merchant name")).isEqualTo(merchantName);
            assertThat(second.fieldValue("初审审核员 / Approved by")).isEqualTo("reviewer");
            second.scrollTo("textarea[id$='-first-approval-note']");
            second.screenshot("1-first-approval-shown");
            second.clickText("通过 / Approve");
            second.screenshot("2-approved");
            second.complete();
        }
        var status = merchant.status(applicationId);
        assertThat(status.get("stage")).extracting(n -> n.asText()).containsExactly("deposit-paid");
    }

    private static final List<String> REVIEW_FORM_LABELS = List.of("资质审核 · Qualification review",
            "商家 / Merchant", "所需资质 / Required qualifications", "证照文件 / Documents",
            "自动检查结果 / What the automated check found", "审核结论 / Decision", "通过 / Approve",
            "退回修改 / Request changes", "拒绝 / Reject");

    private String registerInThePortal(Browser browser, String language, String username, String merchantName) {
        boolean zh = language.equals("zh");
        browser.open("/register");
        browser.portalLanguage(language);
        browser.waitForText(zh ? "商家入驻注册" : "Register your business", zh ? "用户名" : "User name",
                zh ? "经营类目" : "Category", zh ? "美国" : "United States", zh ? "提交注册" : "Register");
        browser.screenshot("1-register-page");
        assertThat(browser.seriousAccessibilityViolations()).as("the register page").isEmpty();
        browser.type("#username", username);
        browser.type("#password", PASSWORD);
        browser.type("#merchantName", merchantName);
        browser.type("#contactEmail", username + "@example.com");
        new Select(browser.find("#entityType")).selectByValue("OVERSEAS");
        // The category is found by its name, not by a code.
        browser.type("#category", zh ? "榴莲" : "Durian");
        browser.click("li.option");
        browser.click("#market-US");
        browser.click("#market-HK");
        browser.screenshot("1-register-filled");
        browser.click("form button[type=submit]");
        browser.find(".stepper");
        return browser.find(".page-head code").getText();
    }

    @Test
    void aFactoryHandsInItsAuditReportAndFacts() throws Exception {
        String username = "browser-factory";
        var response = Http.anonymous(service.port()).postJson("/api/registrations", Map.of("username", username,
                "password", PASSWORD, "merchantName", "Browser Apparel Factory Ltd", "contactEmail", username + "@example.com",
                "entityType", "DOMESTIC", "category", "apparel.womenswear", "overseasMarkets", "", "factoryProgram", true));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        String applicationId = response.json().get("applicationId").asText();
        var merchant = MerchantApi.basic(service.port(), username, PASSWORD);
        completeOnlyTask(merchant, applicationId, qualificationsBody("Browser Apparel Factory Ltd", "apparel",
                "businessLicense"));
        var reviewer = Http.as(service.port(), "reviewer", Http.DEMO_PASSWORD);
        String review = reviewTask(reviewer, applicationId);
        assertThat(reviewer.postJson("/engine-rest/task/" + review + "/claim", "{\"userId\":\"reviewer\"}").status())
                .isEqualTo(204);
        assertThat(reviewer.postJson("/engine-rest/task/" + review + "/complete",
                "{\"variables\":{\"decision\":{\"value\":\"APPROVE\"}}}").status()).isEqualTo(204);

        try (var browser = new Browser(service.port(), "factory")) {
            browser.signInToPortal(username, PASSWORD);
            browser.portalLanguage("zh");
            browser.waitForText("上传验厂报告");
            browser.click(".due-item a.button");
            browser.waitForText(FACTORY_FORM_LABELS.toArray(String[]::new));
            pickOption(browser, "auditIssuer", "SGS");
            browser.pickDate("auditIssuedOn", TODAY.minusDays(30));
            Path report = files.resolve("auditReport.pdf");
            Files.writeString(report, "%PDF-1.4\n% audit report\n%%EOF\n", StandardCharsets.US_ASCII);
            browser.chooseFile("auditReportDocument", report);
            for (String fact : List.of("hasOdmTeam", "hasProductionManagement", "qualitySystemCertified", "willLiveStream")) {
                browser.click(".task-form input[type=checkbox][id$='-" + fact + "']");
            }
            browser.type(".task-form input[id$='-annualOutputUnits']", "1500000");
            browser.type(".task-form input[id$='-headcount']", "420");
            browser.type(".task-form input[id$='-foundedYear']", "2012");
            browser.type(".task-form input[id$='-plantAreaSqm']", "12000");
            pickOption(browser, "oemBrandLevel", "国际品牌");
            browser.find(".task-form input[id$='-selectivePlatforms']").sendKeys("小米");
            browser.click(".fjs-dropdownlist-item");
            browser.screenshot("1-audit-filled");
            assertThat(browser.submitPortalForm()).contains("已提交，谢谢！");
            browser.waitForText("目前没有需要您处理的事项。");
            browser.screenshot("2-handed-in");
        }
        var status = merchant.status(applicationId);
        assertThat(status.get("stage")).extracting(n -> n.asText()).containsExactly("review-factory");

        String factoryReview = reviewTask(reviewer, applicationId);
        try (var browser = new Browser(service.port(), "factory-review", 1400, 1000, "zh-CN")) {
            browser.loginToTasklist("reviewer", Http.DEMO_PASSWORD);
            browser.focusFilter("待领取 / To claim");
            browser.openListedTask(factoryReview);
            browser.claim();
            // The audit, the facts as the factory gave them, the suggested tier and why, criterion by criterion.
            String form = browser.waitForText(FACTORY_REVIEW_FORM_LABELS.toArray(String[]::new));
            assertThat(browser.fieldValue("商家名称 / Merchant name")).isEqualTo("Browser Apparel Factory Ltd");
            assertThat(browser.fieldValue("出具机构 / Issued by")).isEqualTo("SGS");
            assertThat(browser.fieldValue("出具日期 / Issued on")).isEqualTo(TODAY.minusDays(30).toString());
            assertThat(browser.fieldValue("距今天数 / Days old")).isEqualTo("30");
            assertThat(browser.fieldValue("建议分层 / Suggested tier")).contains(" / Tier ");
            assertThat(form).contains("420", "1500000", "✔ 满足 / met").doesNotContain("B_CRAFT", "rO0AB");
            browser.screenshot("1-review-opened");
            browser.scrollTo("table[id$='-tier-reasons']");
            browser.screenshot("2-tier-reasons");
        }
    }

    private static final List<String> FACTORY_REVIEW_FORM_LABELS = List.of("工厂审核 · Factory review",
            "验厂报告 / Factory audit", "工厂情况 / The factory", "分层依据 / Why this tier", "建议分层 / Suggested tier",
            "审核结论 / Decision", "通过 / Approve", "退回修改 / Request changes", "拒绝 / Reject",
            "调整分层（可选）/ Override the tier (optional)");

    private static final List<String> FACTORY_FORM_LABELS = List.of("快质造验厂", "验厂验仓报告", "出具机构", "出具日期",
            "报告文件（PDF/JPEG/PNG，≤ 10 MB）", "工厂能力", "有独立的 ODM 设计开发团队", "年产量（件）", "总人数", "成立年份",
            "厂房面积（平方米）", "代工品牌等级", "优先条件", "愿意直播", "精选电商经验");

    /** A form-js select: open it, then pick the option a person reads. */
    private static void pickOption(Browser browser, String key, String label) {
        browser.click(".task-form [id$='-" + key + "-display']");
        browser.find(".fjs-dropdownlist-item");
        browser.all(".fjs-dropdownlist-item").stream().filter(item -> item.getText().contains(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no option " + label)).click();
    }

    /** Qualifications as the upload form sends them, valid for a year, with a PDF each. */
    private static String qualificationsBody(String holder, String categories, String... prefixes) {
        var validity = new java.util.LinkedHashMap<String, LocalDate>();
        for (String prefix : prefixes) {
            validity.put(prefix, TODAY.plusDays(365));
        }
        return qualificationsBody(holder, categories, validity);
    }

    /** Qualifications as the upload form sends them, each valid until its date, with a PDF each. */
    private static String qualificationsBody(String holder, String categories, Map<String, LocalDate> validUntil) {
        var documents = new java.util.HashMap<String, Upload>();
        for (String prefix : validUntil.keySet()) {
            documents.put(prefix, new Upload(prefix + ".pdf", "application/pdf",
                    "%PDF-1.4 licence".getBytes(StandardCharsets.US_ASCII)));
        }
        return qualificationsBody(holder, categories, validUntil, documents);
    }

    /** A document as the upload form sends it. */
    private record Upload(String filename, String mimeType, byte[] content) {}

    /** Qualifications as the upload form sends them, each valid until its date, with its document. */
    private static String qualificationsBody(String holder, String categories, Map<String, LocalDate> validUntil,
            Map<String, Upload> documents) {
        var variables = new java.util.LinkedHashMap<String, Object>();
        for (String prefix : validUntil.keySet()) {
            var document = documents.get(prefix);
            variables.put(prefix + "HolderName", Map.of("value", holder));
            variables.put(prefix + "Number", Map.of("value", prefix.equals("overseasEntity") ? "SG-FOOD-EXPORT-7"
                    : "91350100M000100Y43"));
            variables.put(prefix + "Categories", Map.of("value", categories));
            variables.put(prefix + "ValidFrom", Map.of("value", TODAY.minusDays(100).toString()));
            variables.put(prefix + "ValidUntil", Map.of("value", validUntil.get(prefix).toString()));
            variables.put(prefix + "Document", Map.of("value",
                    java.util.Base64.getEncoder().encodeToString(document.content()), "type", "File",
                    "valueInfo", Map.of("filename", document.filename(), "mimeType", document.mimeType())));
        }
        try {
            return Http.JSON.writeValueAsString(Map.of("variables", variables));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A one-page PDF that a viewer renders, saying what it is in large letters. */
    private static byte[] licencePdf(String title) {
        String content = "BT /F1 28 Tf 60 740 Td (" + title + ") Tj ET";
        String[] objects = {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
                        + " /Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new java.util.ArrayList<Integer>();
        for (int i = 0; i < objects.length; i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(offset -> pdf.append(String.format("%010d 00000 n \n", offset)));
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** A 320 × 200 photo of a licence, as a PNG. */
    private static byte[] licencePhoto() throws IOException {
        var image = new java.awt.image.BufferedImage(320, 200, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(java.awt.Color.WHITE);
        graphics.fillRect(0, 0, 320, 200);
        graphics.setColor(new java.awt.Color(0xB0, 0x1E, 0x1E));
        graphics.drawRect(10, 10, 300, 180);
        graphics.drawString("Domestic entrusted enterprise licence", 30, 100);
        graphics.dispose();
        var png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);
        return png.toByteArray();
    }

    @Test
    void opsFindTheApplicationInCockpitAndRetryTheFailedEmail() throws Exception {
        String applicationId = registerByApi("browser-durian-c", "Browser Ops Durian Ltd");
        var admin = Http.as(service.port(), "admin", Http.DEMO_PASSWORD);
        String delivery = admin.get("/engine-rest/process-instance?processDefinitionKey=notification-delivery&businessKey="
                + applicationId).json().get(0).get("id").asText();
        var failed = new org.openqa.selenium.support.ui.FluentWait<>(admin).withTimeout(java.time.Duration.ofSeconds(60))
                .pollingEvery(java.time.Duration.ofMillis(500)).until(a -> {
                    var job = a.get("/engine-rest/job?processInstanceId=" + delivery).json().get(0);
                    return job.hasNonNull("exceptionMessage") ? job : null;
                });
        // The retry cycle (R5/PT5M) takes 20 minutes to run out, ops would see the same incident then; and a retry in
        // Cockpit keeps the due date, which the last failure set 5 minutes ahead.
        String job = "/engine-rest/job/" + failed.get("id").asText();
        assertThat(admin.putJson(job + "/retries", "{\"retries\":0}").status()).isEqualTo(204);
        assertThat(admin.putJson(job + "/duedate", "{\"duedate\":\"" + java.time.OffsetDateTime.now()
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")) + "\"}").status())
                .isEqualTo(204);
        var mail = new com.icegreen.greenmail.util.GreenMail(new com.icegreen.greenmail.util.ServerSetup(smtpPort,
                "localhost", "smtp")).withConfiguration(
                com.icegreen.greenmail.configuration.GreenMailConfiguration.aConfig().withDisabledAuthentication());
        mail.start();
        try {
            try (var ops = new Browser(service.port(), "ops")) {
                ops.loginToCockpit("ops", Http.DEMO_PASSWORD);
                String definition = admin.get("/engine-rest/process-definition/key/notification-delivery").json()
                        .get("id").asText();
                ops.open("/camunda/app/cockpit/default/#/process-definition/" + definition + "/runtime?searchQuery="
                        + java.net.URLEncoder.encode("[{\"type\":\"businessKey\",\"operator\":\"eq\",\"value\":\""
                        + applicationId + "\"}]", StandardCharsets.UTF_8));
                ops.waitForText(applicationId);
                ops.screenshot("1-found-by-business-key");
                ops.click("a[href*='process-instance/" + delivery + "']");
                ops.until("the delivery's instance page", () -> ops.url().contains("process-instance/" + delivery));
                ops.open("/camunda/app/cockpit/default/#/process-instance/" + delivery + "/runtime?tab=incidents-tab");
                ops.find("a[ng-click='openJobRetryDialog(incident)']");
                String exception = failed.get("exceptionMessage").asText();
                ops.waitForText(exception.substring(0, Math.min(30, exception.length())));
                ops.screenshot("2-incident");
                ops.click("a[ng-click='openJobRetryDialog(incident)']");
                ops.click("button[ng-click='incrementRetry()']");
                ops.waitForText("has been incremented successfully");
                ops.screenshot("3-retried");
            }
            // Retried with the mail server back: the merchant's message goes out and the incident is gone.
            assertThat(mail.waitForIncomingEmail(60_000, 1)).isTrue();
            assertThat(mail.getReceivedMessages()[0].getAllRecipients()[0].toString()).isEqualTo("browser-durian-c@example.com");
            assertThat(admin.get("/engine-rest/incident?processInstanceId=" + delivery).json()).isEmpty();
        } finally {
            mail.stop();
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Steps another journey already shows in the browser, done here through the merchant API. */
    private static void completeOnlyTask(MerchantApi merchant, String applicationId, String variables) {
        String task = merchant.tasks(applicationId).get(0).get("taskId").asText();
        var completed = merchant.complete(applicationId, task, variables);
        assertThat(completed.status()).as(completed.body()).isEqualTo(204);
    }

    /** The review waiting for reviewers; a check still running after a hand-in is waited for, as a reviewer would. */
    private static String reviewTask(Http reviewer, String applicationId) {
        return Waits.until(Waits.BY_JOB_EXECUTOR, applicationId, () -> reviewer.postJson("/engine-rest/task",
                "{\"processInstanceBusinessKey\":\"" + applicationId + "\",\"candidateGroup\":\"reviewers\"}").json(),
                tasks -> !tasks.isEmpty()).get(0).get("id").asText();
    }

    private String registerByApi(String username, String merchantName) {
        var response = Http.anonymous(service.port()).postJson("/api/registrations", Map.of("username", username,
                "password", PASSWORD, "merchantName", merchantName, "contactEmail", username + "@example.com",
                "entityType", "OVERSEAS", "category", "food.fresh-fruit.durian", "overseasMarkets", "US,HK",
                "factoryProgram", false));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("applicationId").asText();
    }

    private void fillQualification(Browser browser, boolean zh, String prefix, String holder, String number,
            LocalDate validUntil) throws Exception {
        browser.type(".task-form input[id$='-" + prefix + "HolderName']", holder);
        browser.type(".task-form input[id$='-" + prefix + "Number']", number);
        browser.find(".task-form input[id$='-" + prefix + "Categories']").sendKeys(zh ? "食品" : "Food");
        browser.click(".fjs-dropdownlist-item");
        browser.pickDate(prefix + "ValidFrom", TODAY.minusDays(100));
        browser.pickDate(prefix + "ValidUntil", validUntil);
        Path pdf = files.resolve(prefix + ".pdf");
        Files.writeString(pdf, "%PDF-1.4\n% " + prefix + " licence\n%%EOF\n", StandardCharsets.US_ASCII);
        browser.chooseFile(prefix + "Document", pdf);
    }

}
