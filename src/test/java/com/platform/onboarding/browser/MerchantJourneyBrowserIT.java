package com.platform.onboarding.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.platform.onboarding.Http;
import com.platform.onboarding.PackagedService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.support.ui.Select;

/**
 * Merchants, reviewers and ops in a real browser (Debian's Chromium) against the packaged service: what each person
 * sees on the register page, in Tasklist and in Cockpit, in Chinese and English. Screenshots in
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

    @ParameterizedTest(name = "registers in {0}")
    @ValueSource(strings = {"zh", "en"})
    void merchantRegistersSignsAndHandsInQualificationsUntilTheyAreInOrder(String language) throws Exception {
        String username = "browser-" + language;
        String merchantName = "Browser Durian " + language.toUpperCase() + " Ltd";
        try (var browser = new Browser(service.port(), "merchant-" + language)) {
            String applicationId = registerOnThePage(browser, language, username, merchantName);

            browser.loginToTasklist(username, PASSWORD);
            // The demo merchant and the other journey's merchant have open tasks too: this merchant sees only theirs.
            assertThat(browser.taskNames(1)).containsExactly("Sign overseas agreement 签署出海协议");
            browser.screenshot("2-own-tasks");

            browser.openTaskFromList("Sign overseas agreement");
            String agreement = browser.waitForText("出海协议 · Overseas agreement",
                    "我同意出海协议 / I accept the overseas agreement",
                    "不同意也可继续入驻，只是不加入出海计划 / Declining keeps you out of the plan; onboarding goes on");
            assertThat(agreement).contains("您选择的市场 / Your markets: US,HK")
                    .doesNotContain("承诺发货时效（天）/ Committed shipping time (days)");
            browser.click("input[type=checkbox][id$='-agreementAccepted']");
            browser.waitForText("承诺发货时效（天）/ Committed shipping time (days)",
                    "发往指定转运仓；生鲜水果 1–15 天，其他 1–30 天 / To the transit warehouse; fresh fruit 1–15 days, others 1–30");
            browser.type("input[id$='-committedShippingDays']", "7");
            browser.screenshot("3-agreement-signed");
            browser.complete();

            assertThat(browser.taskNames(1)).containsExactly("Upload qualifications 上传资质");
            browser.openTaskFromList("Upload qualifications");
            String upload = browser.waitForText(UPLOAD_FORM_LABELS.toArray(String[]::new));
            // An overseas merchant hands in exactly the two qualifications the decision asks for, nothing else.
            assertThat(upload).doesNotContain("营业执照 / Business licence")
                    .doesNotContain("请修正以下问题后重新提交 / Please fix these and submit again");
            LocalDate tooSoon = TODAY.plusDays(10);
            fillQualification(browser, "overseasEntity", merchantName, "SG-FOOD-EXPORT-7", tooSoon);
            fillQualification(browser, "domesticEntrusted", merchantName, "91350100M000100Y43", TODAY.plusDays(365));
            browser.screenshot("4-qualifications-filled");
            browser.complete();

            assertThat(browser.taskNames(1)).containsExactly("Upload qualifications 上传资质");
            browser.openTaskFromList("Upload qualifications");
            String issues = browser.waitForText("请修正以下问题后重新提交 / Please fix these and submit again",
                    "(QUALIFICATION_EXPIRES_TOO_SOON)");
            assertThat(issues).contains("将于 " + tooSoon + " 到期，剩余 10 天，须至少 30 天。")
                    .contains("expires on " + tooSoon + ": 10 days left, at least 30 are required.");
            browser.screenshot("5-issues-shown");
            fillQualification(browser, "overseasEntity", merchantName, "SG-FOOD-EXPORT-7", TODAY.plusDays(365));
            attach(browser, "domesticEntrusted");
            browser.complete();

            // Nothing left for the merchant: the application waits for the reviewers.
            assertThat(browser.taskNames(0)).isEmpty();
            browser.screenshot("6-handed-in");
            var status = Http.as(service.port(), username, PASSWORD).get("/api/merchants/" + applicationId).json();
            assertThat(status.get("stage")).extracting(n -> n.asText()).containsExactly("review-qualifications");
        }
    }

    @Test
    void aMerchantOpeningAnotherMerchantsTaskUrlSeesNoneOfItsData() {
        var owner = Http.as(service.port(), "merchant", "merchant");
        String othersTask = owner.get("/engine-rest/task").json().get(0).get("id").asText();
        registerByApi("browser-nosy", "Nosy Trading Ltd");

        try (var browser = new Browser(service.port(), "other-merchants-task")) {
            browser.loginToTasklist("browser-nosy", PASSWORD);
            assertThat(browser.taskNames(1)).containsExactly("Sign overseas agreement 签署出海协议");
            browser.openTask(othersTask);
            browser.until("the other task's address", () -> browser.url().contains(othersTask));
            // Tasklist answers as if the task did not exist: not even its existence leaks.
            String shown = browser.waitForText("The task does not exist anymore", "No matching task with id " + othersTask,
                    "Select a task in the list.");
            browser.screenshot("1-other-task-url");
            assertThat(shown).doesNotContain("Demo Durian Trading Ltd").doesNotContain("出海协议 · Overseas agreement")
                    .doesNotContain("I accept the overseas agreement");
            assertThat(browser.all("button[ng-click='complete()']")).isEmpty();
        }
    }

    @Test
    void reviewersClaimFromTheGroupListRequestChangesOnceThenApproveWithFourEyes() throws Exception {
        String username = "browser-review";
        String merchantName = "Browser Review Durian Ltd";
        String applicationId = registerByApi(username, merchantName);
        var merchant = Http.as(service.port(), username, PASSWORD);
        completeOnlyTask(merchant, "{\"variables\":{\"agreementAccepted\":{\"value\":true},"
                + "\"committedShippingDays\":{\"value\":7}}}");
        completeOnlyTask(merchant, qualificationsBody(merchantName, "food", "overseasEntity", "domesticEntrusted"));

        String reason = "营业执照扫描件不清晰 / The scan is hard to read";
        String firstReview = reviewTask(Http.as(service.port(), "reviewer", "reviewer"), applicationId);
        try (var reviewer = new Browser(service.port(), "reviewer")) {
            reviewer.loginToTasklist("reviewer", "reviewer");
            reviewer.focusFilter("Group tasks 待领取");
            reviewer.openListedTask(firstReview);
            reviewer.claim();
            String review = reviewer.waitForText(REVIEW_FORM_LABELS.toArray(String[]::new));
            assertThat(review).contains("商家 / Merchant: " + merchantName, "主体类型 / Entity type: OVERSEAS",
                    "类目 / Category: food.fresh-fruit.durian")
                    .doesNotContain("原因（商家可见）/ Reason (shown to the merchant)");
            // The review form links no documents; the reviewer's session reads them from Tasklist's engine API.
            for (String document : List.of("overseasEntityDocument", "domesticEntrustedDocument")) {
                assertThat(reviewer.fetch("/camunda/api/engine/engine/default/task/" + firstReview + "/variables/"
                        + document + "/data")).startsWith("200 application/pdf").endsWith("%PDF-1.4");
            }
            reviewer.screenshot("1-claimed");
            reviewer.clickText("退回修改 / Request changes");
            reviewer.waitForText("原因（商家可见）/ Reason (shown to the merchant)");
            reviewer.type("textarea[id$='-decisionReason']", reason);
            reviewer.screenshot("2-changes-requested");
            reviewer.complete();
        }

        try (var browser = new Browser(service.port(), "merchant-changes")) {
            browser.loginToTasklist(username, PASSWORD);
            assertThat(browser.taskNames(1)).containsExactly("Upload qualifications 上传资质");
            browser.openTaskFromList("Upload qualifications");
            browser.waitForText("请修正以下问题后重新提交 / Please fix these and submit again",
                    "审核员要求修改 / The reviewer asks for changes: " + reason);
            browser.screenshot("1-reason-shown");
            fillQualification(browser, "overseasEntity", merchantName, "SG-FOOD-EXPORT-7", TODAY.plusDays(365));
            fillQualification(browser, "domesticEntrusted", merchantName, "91350100M000100Y43", TODAY.plusDays(365));
            browser.complete();
            assertThat(browser.taskNames(0)).isEmpty();
        }

        String secondRound = reviewTask(Http.as(service.port(), "reviewer", "reviewer"), applicationId);
        try (var reviewer = new Browser(service.port(), "reviewer-again")) {
            reviewer.loginToTasklist("reviewer", "reviewer");
            reviewer.focusFilter("Group tasks 待领取");
            reviewer.openListedTask(secondRound);
            reviewer.claim();
            reviewer.waitForText("商家 / Merchant: " + merchantName);
            reviewer.clickText("通过 / Approve");
            reviewer.screenshot("1-approved");
            reviewer.complete();
        }

        var fourEyes = Http.as(service.port(), "reviewer2", "reviewer2").postJson("/engine-rest/task",
                "{\"processInstanceBusinessKey\":\"" + applicationId + "\"}").json().get(0);
        assertThat(fourEyes.get("taskDefinitionKey").asText()).isEqualTo("second-review-qualifications");
        try (var second = new Browser(service.port(), "second-reviewer")) {
            second.loginToTasklist("reviewer2", "reviewer2");
            second.focusFilter("Group tasks 待领取");
            second.openListedTask(fourEyes.get("id").asText());
            second.waitForText("Second review of qualifications 资质复核");
            second.claim();
            second.waitForText("资质审核 · Qualification review", "商家 / Merchant: " + merchantName);
            second.clickText("通过 / Approve");
            second.screenshot("1-approved");
            second.complete();
        }
        var status = merchant.get("/api/merchants/" + applicationId).json();
        assertThat(status.get("stage")).extracting(n -> n.asText()).containsExactly("deposit-paid");
    }

    private static final List<String> REVIEW_FORM_LABELS = List.of("资质审核 · Qualification review",
            "自动检查已通过", "The automated check passed", "审核结论 / Decision", "通过 / Approve",
            "退回修改 / Request changes", "拒绝 / Reject");

    private static final List<String> UPLOAD_FORM_LABELS = List.of("上传资质 / Upload qualifications",
            "每项资质剩余有效期须 ≥ 30 天", "Each qualification must have at least 30 days of validity left",
            "境外主体资质 / Overseas-entity qualification", "境内委托企业资质 / Domestic entrusted enterprise's qualification",
            "持证主体名称 / Holder name", "证照编号 / Number", "覆盖类目（逗号分隔）/ Categories covered (comma-separated codes)",
            "有效期起 / Valid from (yyyy-MM-dd)", "有效期至 / Valid until (yyyy-MM-dd)",
            "证照文件（PDF/JPEG/PNG，≤ 10 MB）/ Document (PDF, JPEG or PNG, at most 10 MB)");

    private String registerOnThePage(Browser browser, String language, String username, String merchantName) {
        browser.open("/register");
        browser.find("#category option[value='food.fresh-fruit.durian']");
        browser.waitForText("商家入驻", "用户名", "密码", "商家名称", "联系邮箱", "主体类型", "经营类目",
                "出海计划市场（可选，无需保证金，可随时退出）", "美国", "中国香港", "提交注册");
        if (language.equals("en")) {
            browser.click("#language");
            browser.waitForText("Merchant Onboarding", "User name", "Password", "Merchant name", "Contact e-mail",
                    "Entity type", "Category", "Going-overseas plan markets (optional; no deposit, exit any time)",
                    "United States", "Hong Kong", "Register");
        }
        browser.screenshot("1-register-page");
        browser.type("#username", username);
        browser.type("#password", PASSWORD);
        browser.type("#merchantName", merchantName);
        browser.type("#contactEmail", username + "@example.com");
        new Select(browser.find("#entityType")).selectByValue("OVERSEAS");
        new Select(browser.find("#category")).selectByValue("food.fresh-fruit.durian");
        browser.click("input[name=market][value=US]");
        browser.click("input[name=market][value=HK]");
        browser.click("button[type=submit]");
        String shown = browser.waitForText(language.equals("zh") ? "注册成功，申请编号" : "Registered. Application");
        browser.screenshot("1-registered");
        var id = Pattern.compile("(?:申请编号|Application) ([0-9a-f-]{36})").matcher(shown);
        assertThat(id.find()).as(shown).isTrue();
        return id.group(1);
    }

    @Test
    void aFactoryHandsInItsAuditReportAndFacts() throws Exception {
        String username = "browser-factory";
        var response = Http.anonymous(service.port()).postJson("/api/registrations", Map.of("username", username,
                "password", PASSWORD, "merchantName", "Browser Apparel Factory Ltd", "contactEmail", username + "@example.com",
                "entityType", "DOMESTIC", "category", "apparel.womenswear", "overseasMarkets", "", "factoryProgram", true));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        String applicationId = response.json().get("applicationId").asText();
        var merchant = Http.as(service.port(), username, PASSWORD);
        completeOnlyTask(merchant, qualificationsBody("Browser Apparel Factory Ltd", "apparel", "businessLicense"));
        var reviewer = Http.as(service.port(), "reviewer", "reviewer");
        String review = reviewTask(reviewer, applicationId);
        assertThat(reviewer.postJson("/engine-rest/task/" + review + "/claim", "{\"userId\":\"reviewer\"}").status())
                .isEqualTo(204);
        assertThat(reviewer.postJson("/engine-rest/task/" + review + "/complete",
                "{\"variables\":{\"decision\":{\"value\":\"APPROVE\"}}}").status()).isEqualTo(204);

        try (var browser = new Browser(service.port(), "factory")) {
            browser.loginToTasklist(username, PASSWORD);
            assertThat(browser.taskNames(1)).containsExactly("Upload factory audit 上传验厂报告");
            browser.openTaskFromList("Upload factory audit");
            String form = browser.waitForText(FACTORY_FORM_LABELS.toArray(String[]::new));
            assertThat(form).doesNotContain("请修正以下问题后重新提交 / Please fix these and submit again");
            new Select(browser.find("#auditIssuer")).selectByValue("SGS");
            setDate(browser, "auditIssuedOn", TODAY.minusDays(30));
            attach(browser, "auditReport");
            for (String fact : List.of("hasOdmTeam", "hasProductionManagement", "qualitySystemCertified", "willLiveStream")) {
                browser.click("#" + fact);
            }
            browser.type("#annualOutputUnits", "1500000");
            browser.type("#headcount", "420");
            browser.type("#foundedYear", "2012");
            browser.type("#plantAreaSqm", "12000");
            new Select(browser.find("#oemBrandLevel")).selectByValue("INTERNATIONAL");
            browser.type("#selectivePlatforms", "XIAOMI_YOUPIN");
            browser.screenshot("1-audit-filled");
            browser.complete();
            assertThat(browser.taskNames(0)).isEmpty();
            browser.screenshot("2-handed-in");
        }
        var status = merchant.get("/api/merchants/" + applicationId).json();
        assertThat(status.get("stage")).extracting(n -> n.asText()).containsExactly("review-factory");

        String factoryReview = reviewTask(reviewer, applicationId);
        try (var browser = new Browser(service.port(), "factory-review")) {
            browser.loginToTasklist("reviewer", "reviewer");
            browser.focusFilter("Group tasks 待领取");
            browser.openListedTask(factoryReview);
            browser.claim();
            String form = browser.waitForText(FACTORY_REVIEW_FORM_LABELS.toArray(String[]::new));
            assertThat(form).contains("商家 / Merchant: Browser Apparel Factory Ltd", "验厂报告 / Audit: SGS")
                    .containsPattern("建议分层 / Suggested tier: (S|A|B_CRAFT|B_NEW_MATERIAL)\\b");
            browser.screenshot("1-review-opened");
        }
    }

    private static final List<String> FACTORY_REVIEW_FORM_LABELS = List.of("工厂审核 · Factory review",
            "建议分层 / Suggested tier", "审核结论 / Decision", "通过 / Approve", "退回修改 / Request changes",
            "拒绝 / Reject", "调整分层（可选）/ Override the tier (optional)");

    private static final List<String> FACTORY_FORM_LABELS = List.of("快质造验厂 / Factory verification",
            "验厂验仓报告 / Audit report", "出具机构 / Issuer", "出具日期 / Issued on (yyyy-MM-dd)",
            "报告文件（PDF/JPEG/PNG，≤ 10 MB）/ Report (PDF, JPEG or PNG, at most 10 MB)", "工厂能力 / The factory",
            "有独立的 ODM 设计开发团队 / An independent ODM design and development team", "年产量（件）/ Annual output (units)",
            "总人数 / Total headcount", "成立年份 / Year founded", "厂房面积（平方米）/ Plant area (m²)",
            "代工品牌等级 / Level of the brands you manufacture for", "优先条件 / Priority", "愿意直播 / Willing to live-stream",
            "精选电商经验（逗号分隔）/ Selective-platform experience (comma-separated codes)");

    /** Qualifications as the upload form sends them, valid for a year, with a PDF each. */
    private static String qualificationsBody(String holder, String categories, String... prefixes) {
        var variables = new java.util.LinkedHashMap<String, Object>();
        String pdf = java.util.Base64.getEncoder().encodeToString("%PDF-1.4 licence".getBytes(StandardCharsets.US_ASCII));
        for (String prefix : prefixes) {
            variables.put(prefix + "HolderName", Map.of("value", holder));
            variables.put(prefix + "Number", Map.of("value", prefix.equals("overseasEntity") ? "SG-FOOD-EXPORT-7"
                    : "91350100M000100Y43"));
            variables.put(prefix + "Categories", Map.of("value", categories));
            variables.put(prefix + "ValidFrom", Map.of("value", TODAY.minusDays(100).toString()));
            variables.put(prefix + "ValidUntil", Map.of("value", TODAY.plusDays(365).toString()));
            variables.put(prefix + "Document", Map.of("value", pdf, "type", "File",
                    "valueInfo", Map.of("filename", prefix + ".pdf", "mimeType", "application/pdf")));
        }
        try {
            return Http.JSON.writeValueAsString(Map.of("variables", variables));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void opsFindTheApplicationInCockpitAndRetryTheFailedEmail() throws Exception {
        String applicationId = registerByApi("browser-ops", "Browser Ops Durian Ltd");
        var admin = Http.as(service.port(), "admin", "admin");
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
                ops.loginToCockpit("ops", "ops");
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
            assertThat(mail.getReceivedMessages()[0].getAllRecipients()[0].toString()).isEqualTo("browser-ops@example.com");
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

    private static void completeOnlyTask(Http merchant, String variables) {
        String task = merchant.get("/engine-rest/task").json().get(0).get("id").asText();
        assertThat(merchant.postJson("/engine-rest/task/" + task + "/complete", variables).status()).isEqualTo(204);
    }

    private static String reviewTask(Http reviewer, String applicationId) {
        return reviewer.postJson("/engine-rest/task", "{\"processInstanceBusinessKey\":\"" + applicationId
                + "\",\"candidateGroup\":\"reviewers\"}").json().get(0).get("id").asText();
    }

    private String registerByApi(String username, String merchantName) {
        var response = Http.anonymous(service.port()).postJson("/api/registrations", Map.of("username", username,
                "password", PASSWORD, "merchantName", merchantName, "contactEmail", username + "@example.com",
                "entityType", "OVERSEAS", "category", "food.fresh-fruit.durian", "overseasMarkets", "US,HK",
                "factoryProgram", false));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("applicationId").asText();
    }

    private void fillQualification(Browser browser, String prefix, String holder, String number, LocalDate validUntil)
            throws Exception {
        browser.type("#" + prefix + "HolderName", holder);
        browser.type("#" + prefix + "Number", number);
        browser.type("#" + prefix + "Categories", "food");
        setDate(browser, prefix + "ValidFrom", TODAY.minusDays(100));
        setDate(browser, prefix + "ValidUntil", validUntil);
        attach(browser, prefix);
    }

    /** A date picker's typed format follows the browser's locale; the value it hands the form is always ISO. */
    private static void setDate(Browser browser, String id, LocalDate date) {
        browser.script("var field = document.getElementById(arguments[0]); field.value = arguments[1];"
                + "field.dispatchEvent(new Event('input', {bubbles: true}));"
                + "field.dispatchEvent(new Event('change', {bubbles: true}));", id, date.toString());
    }

    private void attach(Browser browser, String prefix) throws Exception {
        Path pdf = files.resolve(prefix + ".pdf");
        Files.writeString(pdf, "%PDF-1.4\n% " + prefix + " licence\n%%EOF\n", StandardCharsets.US_ASCII);
        browser.all("#" + prefix + "Document").get(0).sendKeys(pdf.toAbsolutePath().toString());
    }
}
