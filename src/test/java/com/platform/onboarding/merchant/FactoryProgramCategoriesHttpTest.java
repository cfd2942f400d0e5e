package com.platform.onboarding.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import com.platform.onboarding.Http;
import com.platform.onboarding.OnboardingTest;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * RULES.md §3: the factory programme (快质造) takes 服饰/鞋靴 and 运动户外鞋服, the apparel and footwear of sports &
 * outdoor, not the rest of sports & outdoor (a tent maker is no garment factory). As configured and served.
 */
@OnboardingTest
class FactoryProgramCategoriesHttpTest {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @CsvSource({
            "apparel.womenswear, true",
            "footwear, true",
            "sports-outdoor.apparel, true",
            "sports-outdoor.footwear, true",
            "sports-outdoor.camping, false",
            "sports-outdoor, false",
            "beauty, false"})
    void theFactoryProgrammeTakesSportsAndOutdoorApparelAndFootwearOnly(String category, boolean open) {
        String username = "fp-" + category.replace('.', '-');
        var registration = Http.anonymous(port).postJson("/api/registrations", Map.of("username", username,
                "password", "Durian2026x", "merchantName", username + " Ltd", "contactEmail", username + "@example.com",
                "entityType", "DOMESTIC", "category", category, "overseasMarkets", "", "factoryProgram", true));

        if (open) {
            assertThat(registration.status()).as(registration.body()).isEqualTo(201);
        } else {
            assertThat(registration.status()).as(registration.body()).isEqualTo(400);
            var error = registration.json().get("errors").get(0);
            assertThat(error.get("code").asText()).isEqualTo("FACTORY_PROGRAM_NOT_OPEN");
            assertThat(error.get("messageZh").asText()).contains("运动服", "运动鞋");
        }
        var offered = StreamSupport.stream(Http.anonymous(port).get("/api/categories").json().spliterator(), false)
                .filter(c -> c.get("code").asText().equals(category)).findFirst().orElseThrow();
        assertThat(offered.toString()).contains("\"factoryProgram\":" + open);
    }
}
