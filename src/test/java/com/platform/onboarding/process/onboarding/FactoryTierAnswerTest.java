package com.platform.onboarding.process.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.platform.onboarding.factory.TierUndetermined;
import java.util.List;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionResultEntriesImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionResultImpl;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

/** The factory-tier decision's empty answer (no application date) is refused by name, not read as no tier. */
class FactoryTierAnswerTest {

    private final DelegateExecution execution = mock(DelegateExecution.class);

    @Test
    void anEmptyAnswerIsRefusedNamingTheApplicationAndTheMissingDate() {
        when(execution.getProcessBusinessKey()).thenReturn("factory-1");

        assertThatThrownBy(() -> new FactoryTierAnswer().entry(new DmnDecisionResultImpl(List.of()), "tier", execution))
                .isInstanceOf(TierUndetermined.class)
                .hasMessageContaining("factory-1").hasMessageContaining("application date").hasMessageContaining("审核日期");
    }

    @Test
    void anAnswerGivesItsEntries() {
        var row = new DmnDecisionResultEntriesImpl();
        row.putValue("tier", Variables.stringValue("A"));
        assertThat(new FactoryTierAnswer().entry(new DmnDecisionResultImpl(List.of(row)), "tier", execution))
                .isEqualTo("A");
    }
}
