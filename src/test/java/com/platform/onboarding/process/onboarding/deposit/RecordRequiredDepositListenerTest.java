package com.platform.onboarding.process.onboarding.deposit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.platform.onboarding.deposit.DepositUndetermined;
import com.platform.onboarding.deposit.Deposits;
import com.platform.onboarding.process.onboarding.MerchantOnboarding.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;

/** The deposit decision's empty answer (no application date) stops the application by name; nothing is owed. */
class RecordRequiredDepositListenerTest {

    @Test
    void anEmptyDecisionResultIsRefusedAsAnUndeterminedDepositAndNothingIsRecorded() {
        var deposits = mock(Deposits.class);
        var execution = mock(DelegateExecution.class);
        when(execution.getVariable(Variables.DEPOSIT_AMOUNT)).thenReturn(null);
        when(execution.getProcessBusinessKey()).thenReturn("app-1");

        assertThatThrownBy(() -> new RecordRequiredDepositListener(deposits).notify(execution))
                .isInstanceOf(DepositUndetermined.class)
                .hasMessageContaining("app-1").hasMessageContaining("application date").hasMessageContaining("申请日期");
        verifyNoInteractions(deposits);
    }
}
