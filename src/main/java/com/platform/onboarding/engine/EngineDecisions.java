package com.platform.onboarding.engine;

import com.platform.onboarding.rules.DeployedDecisions;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.stereotype.Component;

/** The newest deployed version of each decision, read from the engine for {@code GET /api/rules}. */
@Component
class EngineDecisions implements DeployedDecisions {

    private final RepositoryService repositoryService;

    EngineDecisions(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    @Override
    public List<DecisionVersion> latest() {
        return repositoryService.createDecisionDefinitionQuery().latestVersion().list().stream()
                .map(d -> new DecisionVersion(d.getKey(), d.getName(), d.getVersion()))
                .sorted(Comparator.comparing(DecisionVersion::key)).toList();
    }
}
