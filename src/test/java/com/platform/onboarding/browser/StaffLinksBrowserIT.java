package com.platform.onboarding.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.platform.onboarding.DurianJourney;
import com.platform.onboarding.Http;
import com.platform.onboarding.PackagedService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Keys;

/**
 * Staff in a Chinese browser: every link a reviewer can follow in Tasklist opens a page they may see, and ops find an
 * application in Cockpit by the merchant's name and see that name on the instance; no vendor banner anywhere.
 * Screenshots in target/browser-screenshots/staff-*.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffLinksBrowserIT {

    private static final String ZH = "zh-CN";

    private PackagedService service;

    @BeforeEach
    void serviceWithBrowser() throws IOException {
        Browser.assumeInstalled();
        if (service == null) {
            Path work = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "staff-links-it-").toAbsolutePath();
            service = PackagedService.start("staff-links", Map.of(), "--onboarding.data-dir=" + work.resolve("data"));
        }
    }

    @AfterAll
    void stop() throws InterruptedException {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void everyLinkAReviewerCanFollowInTasklistOpensAPageTheyMaySee() {
        String applicationId = DurianJourney.toReview(service.port(), "links-durian", "Links Durian Ltd");
        String task = Http.as(service.port(), "reviewer", Http.DEMO_PASSWORD).postJson("/engine-rest/task",
                "{\"processInstanceBusinessKey\":\"" + applicationId + "\"}").json().get(0).get("id").asText();

        try (var reviewer = new Browser(service.port(), "staff-links-reviewer", 1400, 1000, ZH)) {
            reviewer.loginToTasklist("reviewer", Http.DEMO_PASSWORD);
            reviewer.focusFilter("待领取 / To claim");
            reviewer.openListedTask(task);
            reviewer.claim();
            // Tasklist links the task to its instance in Cockpit, which a reviewer may not open: the link is there
            // for those who may, and hidden from this reviewer once the page knows who is signed in.
            reviewer.until("Tasklist knowing whether Cockpit is open to this person",
                    () -> "refused".equals(reviewer.script("return document.documentElement.dataset.cockpit")));
            var cockpitLinks = reviewer.all("a.instance-link");
            assertThat(cockpitLinks).hasSize(1);
            assertThat(cockpitLinks.get(0).isDisplayed()).isFalse();
            reviewer.screenshot("1-task-open");

            var links = reachableLinks(reviewer);
            assertThat(links).as("the person's links: user menu, app switcher, filters, the task")
                    .anyMatch(l -> l.contains("/camunda/app/welcome/default/"))
                    .noneMatch(l -> l.contains("/app/cockpit/") || l.contains("/app/admin/") || l.contains("camunda.org"));
            assertEveryLinkOpens(reviewer, links);

            reviewer.open("/camunda/app/welcome/default/");
            reviewer.waitForText("任务中心");
            assertThat(reviewer.all(".ce-eol-banner")).allMatch(b -> !b.isDisplayed());
            reviewer.screenshot("2-welcome");
            var welcomeLinks = reachableLinks(reviewer);
            assertThat(welcomeLinks).noneMatch(l -> l.contains("/app/cockpit/") || l.contains("docs.camunda.org"));
            assertEveryLinkOpens(reviewer, welcomeLinks);

            // Had the reviewer typed Cockpit's address: our page says why not and where to go, in both languages.
            reviewer.open("/camunda/app/cockpit/default/");
            String refused = reviewer.waitForText("您无权打开此页面", "You may not open this page", "任务中心 / Tasklist");
            assertThat(refused).doesNotContain("Whitelabel", "Exception", "运维台");
            reviewer.screenshot("3-cockpit-refused");
        }
    }

    @Test
    void opsWhoMayOpenCockpitKeepTheTasksLinkToItsInstance() {
        String applicationId = DurianJourney.toReview(service.port(), "linked-durian", "Linked Durian Ltd");
        var ops = Http.as(service.port(), "ops", Http.DEMO_PASSWORD);
        String task = ops.postJson("/engine-rest/task", "{\"processInstanceBusinessKey\":\"" + applicationId + "\"}")
                .json().get(0).get("id").asText();
        String instance = ops.get("/engine-rest/process-instance?businessKey=" + applicationId
                + "&processDefinitionKey=merchant-onboarding").json().get(0).get("id").asText();

        try (var browser = new Browser(service.port(), "staff-links-ops", 1400, 1000, ZH)) {
            browser.loginToTasklist("ops", Http.DEMO_PASSWORD);
            browser.openTask(task);
            browser.until("Tasklist knowing whether Cockpit is open to this person",
                    () -> "allowed".equals(browser.script("return document.documentElement.dataset.cockpit")));
            var link = browser.find("a.instance-link");
            assertThat(link.getAttribute("href")).contains("/camunda/app/cockpit/default/#/process-instance/" + instance);
            browser.screenshot("1-task-with-cockpit-link");
            assertEveryLinkOpens(browser, reachableLinks(browser));
        }
    }

    @Test
    void opsFindAnApplicationInCockpitByTheMerchantsNameAndSeeTheNameOnTheInstance() {
        String merchantName = "金枕榴莲 Golden Pillow Durian Ltd";
        String applicationId = DurianJourney.toReview(service.port(), "pillow-durian", merchantName);
        String other = DurianJourney.toReview(service.port(), "musang-durian", "Other Musang King Ltd");
        String instance = Http.as(service.port(), "ops", Http.DEMO_PASSWORD).get("/engine-rest/process-instance"
                + "?processDefinitionKey=merchant-onboarding&businessKey=" + applicationId).json().get(0).get("id").asText();

        try (var ops = new Browser(service.port(), "staff-ops", 1400, 1000, ZH)) {
            ops.open("/camunda/app/cockpit/default/");
            ops.type("input[ng-model='username']", "ops");
            ops.type("input[ng-model='password']", Http.DEMO_PASSWORD);
            ops.click("button[type=submit]");
            ops.click("a[href='#/processes']");
            ops.clickText("Merchant onboarding 商家入驻");
            ops.find("input.main-field");
            assertNoBanner(ops);
            ops.screenshot("1-definition");

            // Cockpit's own search: a variable criterion, merchantName like part of the name.
            ops.click("input.main-field");
            ops.clickText("变量");
            ops.screenshot("2-variable-criterion");
            ops.activeElement().sendKeys("merchantName", Keys.ENTER);
            ops.screenshot("3-name");
            ops.activeElement().sendKeys("%金枕%", Keys.ENTER);
            // "=" would need the whole name: "类似 / like" takes part of it, % standing for any text.
            ops.click(".search-field .operator-field .view-value");
            ops.screenshot("4-operators");
            ops.clickText("类似");
            ops.waitForText(applicationId);
            assertThat(ops.text()).doesNotContain("Other Musang King");
            ops.screenshot("5-found");

            // The instance's id (the state circle before it opens the incidents tab).
            ops.click("td:not(.state) a[href*='process-instance/" + instance + "']");
            // Over the diagram, whichever tab is open: the name and the number.
            assertThat(ops.find(".merchant-over-diagram").getText()).isEqualTo("商家 / Merchant: " + merchantName
                    + " · 申请编号 / Application number: " + applicationId);
            assertNoBanner(ops);
            ops.screenshot("6-instance");
            // Opened on the merchant's tab, without a click.
            ops.waitForText("申请编号 / Application number", "当前步骤 / Waiting in", "Review qualifications 审核资质");
            assertThat(ops.find(".merchant-summary .merchant-name").getText()).isEqualTo(merchantName);
            assertThat(ops.text()).doesNotContain("Whitelabel");
            ops.screenshot("7-merchant-tab");

            // By where they stand: back to the process, without the name, a click on the review in the diagram.
            ops.clickText("Merchant onboarding 商家入驻");
            ops.until("the process's page", () -> ops.url().contains("/process-definition/"));
            ops.waitForText("流程实例", "作业定义");
            ops.clickText("流程实例");
            ops.screenshot("8-back-to-the-process");
            ops.all(".search-field .remove-search").forEach(org.openqa.selenium.WebElement::click);
            ops.click("g.djs-element[data-element-id='review-qualifications']");
            ops.waitForText(applicationId, other);
            ops.screenshot("9-waiting-in-review");
        }
    }

    @Test
    void noStaffAppShowsTheVendorsMigrationBanner() {
        try (var admin = new Browser(service.port(), "staff-banner", 1400, 1000, ZH)) {
            admin.loginToTasklist("admin", Http.DEMO_PASSWORD);
            for (String app : List.of("tasklist", "cockpit", "admin", "welcome")) {
                admin.open("/camunda/app/" + app + "/default/");
                admin.waitForText("Merchant Onboarding 商家入驻", APP_NAMES.get(app));
                assertNoBanner(admin);
                admin.screenshot("1-" + app);
            }
        }
    }

    private static final Map<String, String> APP_NAMES = Map.of("tasklist", "Tasklist 任务中心", "cockpit", "Cockpit 运维台",
            "admin", "Admin 管理台", "welcome", "Welcome 欢迎页");

    private static void assertNoBanner(Browser browser) {
        assertThat(browser.all(".ce-eol-banner")).allMatch(b -> !b.isDisplayed());
        assertThat(browser.text()).doesNotContain("Camunda 8", "migrate");
    }

    /**
     * Every link a person can click on the page as it is: the visible ones, and those in each menu of the header
     * (user menu, app switcher) once it is opened.
     */
    @SuppressWarnings("unchecked")
    private static List<String> reachableLinks(Browser browser) {
        String collect = "return [...document.querySelectorAll('a[href]')].filter(a => a.getClientRects().length > 0"
                + " && getComputedStyle(a).visibility !== 'hidden').map(a => a.href);";
        var links = new TreeSet<String>((List<String>) browser.script(collect));
        int menus = browser.all("[cam-widget-header] .dropdown-toggle").size();
        for (int i = 0; i < menus; i++) {
            var toggle = browser.all("[cam-widget-header] .dropdown-toggle").get(i);
            if (toggle.isDisplayed()) {
                toggle.click();
                links.addAll((List<String>) browser.script(collect));
                toggle.click();
            }
        }
        return new ArrayList<>(links);
    }

    /** Each link, fetched as the browser opens a page: none answers a refusal, a missing page or Spring's fallback. */
    private static void assertEveryLinkOpens(Browser browser, List<String> links) {
        for (String link : links) {
            if (link.startsWith("javascript:")) {
                continue;
            }
            String answer = (String) browser.asyncScript("var done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0], {credentials: 'same-origin', headers: {Accept: 'text/html'}})"
                    + ".then(r => r.text().then(t => done(r.status + ' ' + t)))"
                    + ".catch(e => done('failed ' + e));", link);
            assertThat(answer).as(link).startsWith("200 ").doesNotContain("Whitelabel", "您无权打开此页面", "页面不存在");
        }
    }
}
