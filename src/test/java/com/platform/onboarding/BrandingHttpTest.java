package com.platform.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

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
