package com.platform.onboarding.process.onboarding;

import com.platform.onboarding.DurianJourney;
import com.platform.onboarding.Http;
import com.platform.onboarding.OnboardingTest;
import com.platform.onboarding.Waits;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The durian journey on the embedded default, with the demo staff of the README. */
@OnboardingTest
class OnboardingJourneyHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;

    @Test
    void anOverseasDurianMerchantGoesFromRegistrationToAnActiveStore() {
        DurianJourney.toActiveStore(port, "journey-hk", new DurianJourney.Staff("reviewer",
                Http.as(port, "reviewer", Http.DEMO_PASSWORD), Http.as(port, "reviewer2", Http.DEMO_PASSWORD),
                Http.as(port, "payments", Http.DEMO_PASSWORD), Http.as(port, "admin", Http.DEMO_PASSWORD)),
                Waits.continuations(engine));
    }
}
