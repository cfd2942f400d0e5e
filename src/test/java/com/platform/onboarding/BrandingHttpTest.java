package com.platform.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@OnboardingTest
class BrandingHttpTest {

    @LocalServerPort
    int port;

    @Test
    void tasklistCarriesTheProductNameAndHidesTheVendorsMigrationBanner() {
        var http = Http.anonymous(port);
        assertThat(http.get("/camunda/app/tasklist/scripts/config.js").body()).contains("Merchant Onboarding 商家入驻");
        assertThat(http.get("/camunda/app/tasklist/styles/user-styles.css").body())
                .containsPattern("\\.ce-eol-banner\\s*\\{\\s*display:\\s*none");
    }

    @Test
    void everyStaffAppServesItsChineseLabelsItsLocaleChoiceAndNoBanner() {
        var http = Http.anonymous(port);
        for (var app : List.of("tasklist", "cockpit", "admin", "welcome")) {
            var base = "/camunda/app/" + app;
            assertThat(http.get(base + "/scripts/config.js").body()).as(app)
                    .contains("availableLocales: ['zh', 'en']", "Merchant Onboarding 商家入驻");
            assertThat(http.get(base + "/styles/user-styles.css").body()).as(app)
                    .containsPattern("\\.ce-eol-banner\\s*\\{\\s*display:\\s*none");
            var zh = http.get(base + "/locales/zh.json");
            assertThat(zh.status()).as(app).isEqualTo(200);
            assertThat(zh.json().at("/labels/PAGE_LOGIN_SIGN_IN_ACTION").asText()).as(app).isEqualTo("登录");
        }
    }

    @Test
    void tasklistIsServedWithoutCreateTaskStartProcessAndShortcutsAndWithItsPathsFilledIn() {
        var page = Http.anonymous(port).get("/camunda/app/tasklist/default/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("cam-exclude-plugins=\"tasklist.navbar.action:create-task-action, "
                        + "tasklist.navbar.action:start-process-action, tasklist.navbar.action:shortcut-help\"")
                .contains("app-root=\"/camunda\"")
                .doesNotContain("$APP_ROOT", "$BASE");
    }

    @Test
    void theRootIsTheMerchantPortalNotTheVendorsWelcomePage() {
        var root = Http.anonymous(port).get("/");
        assertThat(root.status()).isEqualTo(200);
        assertThat(root.body()).contains("商家中心", "Merchant Centre").doesNotContain("camunda");
    }

    @Test
    void theOldRegisterAddressOpensThePortalWhoseScriptRegistersInBothLanguages() {
        var http = Http.anonymous(port);
        var page = http.get("/register");
        assertThat(page.status()).isEqualTo(200);
        var script = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(page.body());
        assertThat(script.find()).as("the portal's script in %s", page.body()).isTrue();
        var bundle = http.get(script.group(1));
        assertThat(bundle.status()).isEqualTo(200);
        assertThat(bundle.body()).contains("/api/registrations", "提交注册", "Register your business");
    }

    @Test
    void theCatalogueOffersNamesInBothLanguagesAndMarksTheFactoryProgramme() {
        var durian = Http.anonymous(port).get("/api/categories").json().findParents("code").stream()
                .filter(c -> c.get("code").asText().equals("food.fresh-fruit.durian")).findFirst().orElseThrow();
        assertThat(durian.get("zh").asText()).isEqualTo("榴莲");
        assertThat(durian.get("factoryProgram").asBoolean()).isFalse();
    }
}
