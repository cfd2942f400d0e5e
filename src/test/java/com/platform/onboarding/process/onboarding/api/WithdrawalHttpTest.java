package com.platform.onboarding.process.onboarding.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.platform.onboarding.Http;
import com.platform.onboarding.OnboardingTest;
import com.platform.onboarding.Registrations;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@OnboardingTest
class WithdrawalHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    TaskService taskService;

    private String register(String username) {
        return Registrations.register(port, username, username + " Ltd", "OVERSEAS", "beauty", "HK");
    }

    @Test
    void aMerchantWithdrawsOnceTheirOwnApplicationAndNobodyElses() {
        String applicationId = register("withdraw-a");
        register("withdraw-b");
        var merchant = Http.as(port, "withdraw-a", "Durian2026x");

        assertThat(Http.as(port, "withdraw-b", "Durian2026x")
                .postJson("/api/merchants/" + applicationId + "/withdrawal", "").status()).isEqualTo(404);
        assertThat(merchant.postJson("/api/merchants/" + applicationId + "/withdrawal", "").status()).isEqualTo(202);

        assertThat(taskService.createTaskQuery().taskAssignee("withdraw-a").count()).isZero();
        assertThat(taskService.createTaskQuery().taskAssignee("withdraw-b").count()).isEqualTo(1);
        assertThat(merchant.get("/api/merchants/" + applicationId).json().get("status").asText()).isEqualTo("WITHDRAWN");
        var again = merchant.postJson("/api/merchants/" + applicationId + "/withdrawal", "");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("WITHDRAWN");
    }
}
