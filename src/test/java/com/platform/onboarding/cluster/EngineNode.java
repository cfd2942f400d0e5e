package com.platform.onboarding.cluster;

import com.platform.onboarding.OnboardingApplication;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One engine node inside the test JVM: the whole application on the production profile, its job executor on, sharing
 * nothing but the database. Start nodes one after the other: the first creates the schema.
 */
final class EngineNode implements AutoCloseable {

    private final String name;
    private final ConfigurableApplicationContext context;

    private EngineNode(String name, ConfigurableApplicationContext context) {
        this.name = name;
        this.context = context;
    }

    /** {@code settings} as {@code key=value}, over the defaults below. */
    static EngineNode start(String name, String jdbcUrl, int smtpPort, String... settings) {
        var arguments = new ArrayList<>(List.of(
                // A web server on a free port: the REST starter cannot do without one.
                "server.port=0",
                "spring.datasource.url=" + jdbcUrl,
                "spring.datasource.username=postgres",
                "spring.datasource.password=",
                // Engines register in a static map by name: two nodes in one JVM need two names (no hyphens, or the
                // starter falls back to "default").
                "camunda.bpm.process-engine-name=" + name,
                // What the historic job log records as the node that ran a job.
                "camunda.bpm.generic-properties.properties.hostname=" + name,
                "camunda.bpm.admin-user.id=chief",
                "camunda.bpm.admin-user.password=Headoffice-2026",
                "camunda.bpm.job-execution.max-wait=1000",
                "onboarding.address-confirmation.trusted-domains=example.com",
                "spring.mail.host=localhost",
                "spring.mail.port=" + smtpPort,
                "spring.mail.properties.mail.smtp.connectiontimeout=5000",
                "spring.mail.properties.mail.smtp.timeout=5000"));
        arguments.addAll(List.of(settings));
        // As command-line arguments, so that they win over the profile in application.yaml.
        var context = new SpringApplicationBuilder(OnboardingApplication.class).profiles("postgres")
                .run(arguments.stream().map(a -> "--" + a).toArray(String[]::new));
        return new EngineNode(name, context);
    }

    String name() {
        return name;
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
