package com.platform.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

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
    void theRootLeadsToTheRegisterPageNotToTheVendorsWelcomePage() {
        var root = Http.anonymous(port).get("/");
        assertThat(root.status()).isEqualTo(302);
        assertThat(root.location()).endsWith("/register");
    }

    @Test
    void theRegisterPageSpeaksChineseAndEnglish() {
        var page = Http.anonymous(port).get("/register");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("商家入驻", "Merchant Onboarding", "api/registrations");
    }

    @Test
    void theCatalogueOffersNamesInBothLanguagesAndMarksTheFactoryProgramme() {
        var durian = Http.anonymous(port).get("/api/categories").json().findParents("code").stream()
                .filter(c -> c.get("code").asText().equals("food.fresh-fruit.durian")).findFirst().orElseThrow();
        assertThat(durian.get("zh").asText()).isEqualTo("榴莲");
        assertThat(durian.get("factoryProgram").asBoolean()).isFalse();
    }
}
