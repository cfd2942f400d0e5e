package com.platform.onboarding.security;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyDigitRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyLengthRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyLowerCaseRuleImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.stereotype.Component;

/**
 * One password rule for every way a password is set: registration and the portal (merchant/RegistrationRules, which
 * say it in the merchant's words), and the engine's own user API and Admin, where the engine applies this policy: at
 * least 10 characters, a lower-case letter, a digit, and not the user name inside. The rules carry the engine's own
 * placeholders, so Admin names each in its language.
 */
@Component
class PasswordRules extends AbstractProcessEnginePlugin {

    static final int MIN_LENGTH = 10;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setEnablePasswordPolicy(true);
        configuration.setPasswordPolicy(new Policy());
    }

    /**
     * Refuses a new password that breaks the rule as a bad request (400 on the engine's REST API, naming the rule in
     * English and Chinese) before the engine would refuse it as a server error (500, "Password does not match policy").
     */
    static void check(IdentityServiceImpl identity, User user) {
        if (user instanceof UserEntity entity && entity.hasNewPassword()
                && !identity.getCommandExecutor().execute(context -> entity.checkPasswordAgainstPolicy())) {
            throw new BadUserRequestException("The password must have at least " + MIN_LENGTH + " characters, a"
                    + " lower-case letter and a digit, and not contain the user name. / 密码至少 " + MIN_LENGTH
                    + " 位，须包含小写字母和数字，且不得包含用户名。");
        }
    }

    static class Policy implements PasswordPolicy {

        @Override
        public List<PasswordPolicyRule> getRules() {
            return List.of(new PasswordPolicyLengthRuleImpl(MIN_LENGTH), new PasswordPolicyLowerCaseRuleImpl(1),
                    new PasswordPolicyDigitRuleImpl(1), new WithoutUserName());
        }
    }

    /** The engine's user-data rule would also refuse the merchant's name and e-mail, which registration does not. */
    static class WithoutUserName implements PasswordPolicyRule {

        @Override
        public String getPlaceholder() {
            return "USER_DATA";
        }

        @Override
        public Map<String, String> getParameters() {
            return null;
        }

        @Override
        public boolean execute(String password) {
            return true;
        }

        @Override
        public boolean execute(String password, User user) {
            return password == null || user == null || user.getId() == null
                    || !password.toLowerCase(Locale.ROOT).contains(user.getId().toLowerCase(Locale.ROOT));
        }
    }
}
