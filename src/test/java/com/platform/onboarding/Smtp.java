package com.platform.onboarding;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

/** A real SMTP server on the port {@link OnboardingTest} points the service at, fresh for every test. */
public final class Smtp {

    public static GreenMailExtension server() {
        return new GreenMailExtension(ServerSetupTest.SMTP)
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    }

    private Smtp() {}
}
