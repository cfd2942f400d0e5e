package com.platform.onboarding.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys {@code bpmn/} and {@code forms/} as one deployment under names that do not depend on where the classes
 * live (exploded in tests, packed in the jar), so that {@code embedded:deployment:forms/...} and
 * {@code camunda:formRef} resolve everywhere. The engine skips the deployment when nothing changed.
 */
@Component
@Order(0)
class ModelDeployment implements ApplicationRunner {

    private static final String[] FOLDERS = {"bpmn", "forms"};

    private final RepositoryService repositoryService;
    /** The deployment carries the service's name: the engine compares with the last deployment of that name. */
    private final String name;

    ModelDeployment(RepositoryService repositoryService, @Value("${spring.application.name}") String name) {
        this.repositoryService = repositoryService;
        this.name = name;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        var deployment = repositoryService.createDeployment()
                .name(name)
                .source(name + " service")
                // false = when anything changed, deploy every resource again: formRefBinding="deployment" and
                // embedded:deployment: look for the forms in the process definition's own deployment.
                .enableDuplicateFiltering(false);
        var resolver = new PathMatchingResourcePatternResolver(getClass().getClassLoader());
        for (String folder : FOLDERS) {
            for (Resource resource : resolver.getResources("classpath*:" + folder + "/*.*")) {
                deployment.addInputStream(folder + "/" + resource.getFilename(), new ByteArrayInputStream(read(resource)));
            }
        }
        deployment.deploy();
    }

    private static byte[] read(Resource resource) {
        try (var in = resource.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read model " + resource, e);
        }
    }
}
