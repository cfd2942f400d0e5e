package com.platform.onboarding.deposit;

/**
 * The deposit decision gave no amount, which it does when it was asked without the application date it judges on:
 * the application stops here (an incident for ops) instead of owing the deposit of some other day.
 */
public class DepositUndetermined extends IllegalStateException {

    public DepositUndetermined(String applicationId) {
        super("No deposit could be determined for application " + applicationId
                + ": the category deposit needs the application date / 无法确定保证金：类目保证金须按申请日期判定，缺少申请日期");
    }
}
