package com.platform.onboarding.merchant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.platform.onboarding.factory.FactoryTier;
import com.platform.onboarding.merchant.MerchantApplication.SuspensionReason;
import com.platform.onboarding.merchant.MerchantApplication.Transition;
import com.platform.onboarding.merchant.MerchantApplication.TransitionRefused;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MerchantApplicationTest {

    private static final Map<Transition, UnaryOperator<MerchantApplication>> TRANSITIONS = Map.of(
            Transition.ACTIVATE, a -> a.activate(true, null),
            Transition.REJECT, a -> a.reject(RejectionReason.REVIEW_REJECTED),
            Transition.LAPSE, a -> a.lapse(LapseReason.DEPOSIT_NOT_PAID),
            Transition.WITHDRAW, MerchantApplication::withdraw,
            Transition.SUSPEND, a -> a.suspendFor(SuspensionReason.QUALIFICATION_EXPIRED),
            Transition.REINSTATE, MerchantApplication::reinstate,
            Transition.LEAVE_OVERSEAS_PLAN, MerchantApplication::leaveOverseasPlan);

    /** Where each transition may start; everywhere else it is refused. */
    private static final Map<Transition, Set<ApplicationStatus>> ALLOWED_FROM = Map.of(
            Transition.ACTIVATE, EnumSet.of(ApplicationStatus.APPLYING),
            Transition.REJECT, EnumSet.of(ApplicationStatus.APPLYING),
            Transition.LAPSE, EnumSet.of(ApplicationStatus.APPLYING),
            Transition.WITHDRAW, EnumSet.of(ApplicationStatus.APPLYING),
            Transition.SUSPEND, EnumSet.of(ApplicationStatus.ACTIVE, ApplicationStatus.SUSPENDED),
            Transition.REINSTATE, EnumSet.of(ApplicationStatus.SUSPENDED),
            Transition.LEAVE_OVERSEAS_PLAN,
            EnumSet.of(ApplicationStatus.APPLYING, ApplicationStatus.ACTIVE, ApplicationStatus.SUSPENDED));

    static MerchantApplication in(ApplicationStatus status, boolean factoryProgram) {
        return new MerchantApplication("app-1", "acme-hk", "ACME Trading Ltd", "ops@acme.example", EntityType.OVERSEAS,
                "apparel", EnumSet.of(Market.US, Market.HK), factoryProgram, status, null, null, List.of(),
                Instant.parse("2026-03-01T00:00:00Z"));
    }

    static Stream<Arguments> refused() {
        return Stream.of(Transition.values()).flatMap(t -> Stream.of(ApplicationStatus.values())
                .filter(s -> !ALLOWED_FROM.get(t).contains(s)).map(s -> Arguments.of(t, s)));
    }

    static Stream<Arguments> allowed() {
        return Stream.of(Transition.values()).flatMap(t -> ALLOWED_FROM.get(t).stream().map(s -> Arguments.of(t, s)));
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("refused")
    void aTransitionFromAStatusThatDoesNotAllowItIsRefusedByName(Transition transition, ApplicationStatus status) {
        var refused = catchThrowableOfType(TransitionRefused.class,
                () -> TRANSITIONS.get(transition).apply(in(status, false)));
        assertThat(refused.status()).isEqualTo(status);
        assertThat(refused.transition()).isEqualTo(transition);
        assertThat(refused).hasMessageContaining("app-1 is " + status).hasMessageContaining("当前状态为 " + status);
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("allowed")
    void aTransitionFromAStatusThatAllowsItChangesOnlyWhatItShould(Transition transition, ApplicationStatus status) {
        var before = in(status, false);
        var after = TRANSITIONS.get(transition).apply(before);
        var expected = switch (transition) {
            case ACTIVATE -> ApplicationStatus.ACTIVE;
            case REJECT -> ApplicationStatus.REJECTED;
            case LAPSE -> ApplicationStatus.EXPIRED;
            case WITHDRAW -> ApplicationStatus.WITHDRAWN;
            case SUSPEND -> ApplicationStatus.SUSPENDED;
            case REINSTATE -> ApplicationStatus.ACTIVE;
            case LEAVE_OVERSEAS_PLAN -> status;
        };
        assertThat(after.status()).isEqualTo(expected);
        assertThat(after.applicationId()).isEqualTo(before.applicationId());
        assertThat(after.overseasMarkets()).isEqualTo(transition == Transition.LEAVE_OVERSEAS_PLAN
                ? EnumSet.noneOf(Market.class) : before.overseasMarkets());
    }

    @Test
    void eachEndingRecordsItsReason() {
        var applying = in(ApplicationStatus.APPLYING, false);
        assertThat(applying.reject(RejectionReason.COUNTERFEIT).statusReason()).isEqualTo("COUNTERFEIT");
        assertThat(applying.lapse(LapseReason.AGREEMENT_NOT_SIGNED).statusReason()).isEqualTo("AGREEMENT_NOT_SIGNED");
        assertThat(applying.withdraw().statusReason()).isEqualTo("MERCHANT_WITHDREW");
        var suspended = in(ApplicationStatus.ACTIVE, false).suspendFor(SuspensionReason.QUALIFICATION_EXPIRED);
        assertThat(suspended.statusReason()).isEqualTo("QUALIFICATION_EXPIRED");
        assertThat(suspended.reinstate().statusReason()).isNull();
    }

    @Test
    void activationKeepsTheMarketsOnlyOfAMerchantWhoJoinedThePlanAndTheTierOnlyOfAFactory() {
        var declined = in(ApplicationStatus.APPLYING, false).activate(false, FactoryTier.A);
        assertThat(declined.overseasMarkets()).isEmpty();
        assertThat(declined.tier()).isNull();
        assertThat(declined.tags()).isEmpty();

        var factory = in(ApplicationStatus.APPLYING, true).activate(true, FactoryTier.A);
        assertThat(factory.overseasMarkets()).containsExactlyInAnyOrder(Market.US, Market.HK);
        assertThat(factory.tier()).isEqualTo("A");
        assertThat(factory.tags()).containsExactly(MerchantApplication.FACTORY_CERTIFIED);
    }
}
