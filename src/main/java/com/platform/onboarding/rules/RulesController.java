package com.platform.onboarding.rules;

import com.platform.onboarding.Effective;
import com.platform.onboarding.security.Caller;
import com.platform.onboarding.security.Groups;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Staff read which rule values judge today's applications, since when, and what ops have scheduled. */
@RestController
class RulesController {

    record Scheduled(LocalDate effectiveFrom, Object value) {}

    record RuleView(String key, String nameZh, String nameEn, String unit, Object value, LocalDate effectiveFrom,
            List<Scheduled> scheduled) {}

    record RulesView(LocalDate today, List<RuleView> rules, List<DeployedDecisions.DecisionVersion> decisions,
            List<RuleWarnings.Warning> warnings) {}

    private final RulesInForce rules;
    private final DeployedDecisions decisions;
    private final List<RuleWarnings> warnings;
    private final Clock clock;
    private final ZoneId businessZone;

    RulesController(RulesInForce rules, DeployedDecisions decisions, List<RuleWarnings> warnings, Clock clock,
            @Value("${onboarding.business-zone}") ZoneId businessZone) {
        this.rules = rules;
        this.decisions = decisions;
        this.warnings = warnings;
        this.clock = clock;
        this.businessZone = businessZone;
    }

    @GetMapping("/api/rules")
    RulesView rules(Caller caller) {
        caller.require(Groups.REVIEWERS, Groups.OPS, Groups.ADMINS);
        var today = LocalDate.ofInstant(clock.instant(), businessZone);
        return new RulesView(today, rules.all().stream().map(rule -> view(rule, today)).toList(), decisions.latest(),
                warnings.stream().flatMap(source -> source.warnings().stream()).toList());
    }

    private static RuleView view(Rule rule, LocalDate today) {
        var inForce = rule.values().inForceOn(today);
        return new RuleView(rule.key(), rule.nameZh(), rule.nameEn(), rule.unit(),
                inForce.map(Effective::value).orElse(null), inForce.map(Effective::effectiveFrom).orElse(null),
                rule.values().scheduledAfter(today).stream()
                        .map(value -> new Scheduled(value.effectiveFrom(), value.value())).toList());
    }
}
