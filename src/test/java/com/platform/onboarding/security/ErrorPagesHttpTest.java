package com.platform.onboarding.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.platform.onboarding.Http;
import com.platform.onboarding.OnboardingTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a person sees where the servlet container answers an error itself: our page in Chinese and English, with the
 * way on, never Spring's Whitelabel page, a class name or a stack; a JSON caller keeps JSON.
 */
@OnboardingTest
class ErrorPagesHttpTest {

    @LocalServerPort
    int port;

    @Test
    void aReviewerOpeningCockpitReadsWhyAndIsLinkedOnlyToTheAppsTheyMayOpen() {
        var reviewer = Http.webappSession(port, "reviewer", Http.DEMO_PASSWORD, "tasklist");
        var page = reviewer.getPage("/camunda/app/cockpit/default/");

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("您无权打开此页面", "You may not open this page", "请联系管理员", "ask an administrator",
                "<a href=\"/camunda/app/tasklist/default/\">任务中心 / Tasklist</a>",
                "<a href=\"/camunda/app/welcome/default/\">欢迎页 / Welcome</a>");
        assertThat(page.body()).doesNotContain("/camunda/app/cockpit/", "/camunda/app/admin/");
        assertNothingInternal(page.body());
    }

    @Test
    void opsAreLinkedToCockpitAndTasklistButNotAdmin() {
        var ops = Http.webappSession(port, "ops", Http.DEMO_PASSWORD, "cockpit");
        var page = ops.getPage("/camunda/app/admin/default/");

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).contains("/camunda/app/cockpit/default/", "/camunda/app/tasklist/default/")
                .doesNotContain("/camunda/app/admin/");
    }

    @Test
    void aPageThatDoesNotExistSaysSoInBothLanguagesAndOffersThePortalAndTheStaffSignIn() {
        for (String path : new String[] {"/no-such-page", "/camunda/app/no-such-app/default/", "/assets/missing.js"}) {
            var page = Http.anonymous(port).getPage(path);

            assertThat(page.status()).as(path).isEqualTo(404);
            assertThat(page.contentType()).as(path).startsWith("text/html");
            assertThat(page.body()).as(path).contains("页面不存在", "There is no such page",
                    "<a href=\"/\">商家中心 / Merchant portal</a>", "<a href=\"/camunda/app/welcome/default/\">员工登录 / Staff sign-in</a>");
            assertNothingInternal(page.body());
        }
    }

    @Test
    void aJsonCallerGetsProblemJsonInBothLanguages() {
        var reviewer = Http.webappSession(port, "reviewer", Http.DEMO_PASSWORD, "tasklist");
        var refused = reviewer.get("/camunda/app/cockpit/default/");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("title").asText()).isEqualTo("Not allowed / 无权操作");
        assertThat(refused.json().get("detailZh").asText()).isEqualTo("您的角色无权执行此操作。");
        assertNothingInternal(refused.body());
    }

    @Test
    void aFailureNamesTheNumberToQuoteAndNothingOfTheCause() {
        String page = ErrorPages.html(org.springframework.http.HttpStatus.INTERNAL_SERVER_ERROR, "c0ffee-42", null);

        assertThat(page).contains("出错了", "Something went wrong", "c0ffee-42");
        assertNothingInternal(page);
    }

    private static void assertNothingInternal(String body) {
        assertThat(body).doesNotContain("Whitelabel", "Exception", "org.springframework", "org.camunda", "at com.",
                "/error", "trace", "ENGINE-");
    }
}
