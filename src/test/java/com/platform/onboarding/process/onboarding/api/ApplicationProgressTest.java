package com.platform.onboarding.process.onboarding.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.platform.onboarding.process.onboarding.MerchantOnboarding;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

class ApplicationProgressTest {

    @Test
    void anInstanceThatEndsBetweenFindingItAndReadingItWaitsNowhere() {
        var runtime = mock(RuntimeService.class, RETURNS_DEEP_STUBS);
        var ended = mock(ProcessInstance.class);
        var waiting = mock(ProcessInstance.class);
        when(ended.getId()).thenReturn("ended");
        when(waiting.getId()).thenReturn("waiting");
        when(runtime.createProcessInstanceQuery().processDefinitionKey(MerchantOnboarding.PROCESS_KEY)
                .processInstanceBusinessKey("app-1").list()).thenReturn(List.of(ended, waiting));
        // What the engine says of an instance that its activation job ended a moment ago.
        when(runtime.getActiveActivityIds("ended")).thenThrow(new NullValueException("execution ended doesn't exist"));
        when(runtime.getActiveActivityIds("waiting")).thenReturn(List.of("deposit-paid"));

        var progress = new ApplicationProgress(runtime, mock(HistoryService.class));

        assertThat(progress.activeActivities("app-1")).containsExactly("deposit-paid");
    }
}
