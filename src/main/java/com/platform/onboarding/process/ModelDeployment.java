package com.platform.onboarding.process;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.camunda.bpm.engine.RepositoryService;
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

    static final String DEPLOYMENT_NAME = "merchant-onboarding";
    private static final String[] FOLDERS = {"bpmn", "forms"};

    private final RepositoryService repositoryService;

    ModelDeployment(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        var deployment = repositoryService.createDeployment()
                .name(DEPLOYMENT_NAME)
                .source("merchant-onboarding service")
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
