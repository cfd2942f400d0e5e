package com.platform.onboarding.factory;

/**
 * The factory-tier decision gave no tier, which it does when it was asked without the day it judges on: the step is
 * refused rather than the factory reviewed without a suggestion.
 */
public class TierUndetermined extends IllegalStateException {

    public TierUndetermined(String applicationId) {
        super("No factory tier could be suggested for application " + applicationId
                + ": the factory-tier decision needs the application date / 无法建议工厂分层：须按审核日期判定，缺少审核日期");
    }
}
