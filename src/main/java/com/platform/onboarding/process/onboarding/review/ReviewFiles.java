package com.platform.onboarding.process.onboarding.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.platform.onboarding.OnboardingProperties;
import com.platform.onboarding.category.CategoryCatalogue;
import com.platform.onboarding.factory.AuditIssuer;
import com.platform.onboarding.factory.FactoryTier;
import com.platform.onboarding.factory.FactoryTiers;
import com.platform.onboarding.merchant.EntityType;
import com.platform.onboarding.merchant.Market;
import com.platform.onboarding.merchant.MerchantApplication;
import com.platform.onboarding.merchant.MerchantDirectory;
import com.platform.onboarding.process.QualificationFields;
import com.platform.onboarding.process.onboarding.CheckQualificationsDelegate;
import com.platform.onboarding.process.onboarding.MerchantOnboarding.Elements;
import com.platform.onboarding.process.onboarding.MerchantOnboarding.Variables;
import com.platform.onboarding.process.onboarding.RequiredQualifications;
import com.platform.onboarding.process.onboarding.api.MerchantDocuments;
import com.platform.onboarding.qualification.Qualification;
import com.platform.onboarding.qualification.QualificationFinding;
import com.platform.onboarding.qualification.QualificationIssue;
import com.platform.onboarding.qualification.QualificationNames;
import com.platform.onboarding.qualification.QualificationRules;
import com.platform.onboarding.review.ReviewDecision;
import com.platform.onboarding.review.ReviewLedger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * The whole file a reviewer decides on, composed from the application record, the process's variables, the review
 * ledger and the check's history, in the shape docs/process-contract.md gives for {@code reviewFile}. Every text a
 * person reads is ours in both languages ("中文 / English"), except what the merchant or a reviewer typed, which is
 * passed on as is. Absent parts are null or empty, never left out.
 */
@Component
class ReviewFiles {

    record File(String applicationId, Merchant merchant, List<QualificationView> qualifications,
            List<Finding> findings, List<Round> rounds, FirstApproval firstApproval, Factory factory,
            String auditPackUrl) {}

    record Merchant(String name, String entityType, String category, String markets, String factoryProgramme) {}

    record QualificationView(String name, String holder, String number, String categories, String validFrom,
            String validUntil, Long daysLeft, String documentUrl, String documentLabel) {}

    record Finding(String rule, String qualification, boolean passed, String detail) {}

    record Round(String task, String decision, String reason, String issues, String by, String at) {}

    record FirstApproval(String by, String at, String note) {}

    record Factory(String issuer, String auditDate, Long ageDays, List<Fact> facts, String suggestedTier,
            List<Reason> reasons) {}

    record Fact(String fact, String value) {}

    record Reason(String criterion, String value, boolean met, String detail) {}

    private static final String NONE = "—";
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Map<String, String> TASKS = Map.of(
            Elements.REVIEW_QUALIFICATIONS, both("资质审核", "Qualification review"),
            Elements.SECOND_REVIEW_QUALIFICATIONS, both("资质复核", "Second review"),
            Elements.REVIEW_FACTORY, both("工厂审核", "Factory review"));
    private static final Map<String, String> DECISIONS = Map.of(
            "APPROVE", both("通过", "Approved"),
            "REQUEST_CHANGES", both("退回修改", "Changes requested"),
            "REJECT", both("驳回", "Rejected"));

    private final MerchantDirectory directory;
    private final CategoryCatalogue catalogue;
    private final QualificationRules rules;
    private final ReviewLedger ledger;
    private final ZoneId businessZone;
    private final ObjectMapper json = new ObjectMapper();

    ReviewFiles(MerchantDirectory directory, CategoryCatalogue catalogue, QualificationRules rules, ReviewLedger ledger,
            OnboardingProperties properties) {
        this.directory = directory;
        this.catalogue = catalogue;
        this.rules = rules;
        this.ledger = ledger;
        this.businessZone = properties.businessZone();
    }

    /** The file for the review task {@code taskKey}, judged on {@code reviewDay}, as JSON text. */
    String of(String taskKey, DelegateExecution execution, LocalDate reviewDay) {
        String applicationId = execution.getProcessBusinessKey();
        var application = directory.find(applicationId).orElse(null);
        var required = RequiredQualifications.of(execution.getVariable(Variables.REQUIRED_QUALIFICATIONS));
        // Read as the check reads it; a review opens only once the check has taken every field.
        var submitted = CheckQualificationsDelegate.submitted(execution, required);
        var decisions = ledger.of(applicationId);
        var file = new File(applicationId,
                application == null ? null : merchant(application),
                required.stream().map(prefix -> view(applicationId, prefix, submitted.get(prefix), reviewDay)).toList(),
                application == null ? List.of() : findings(required, submitted, application.category(), reviewDay),
                rounds(decisions, checkRounds(execution)),
                Elements.SECOND_REVIEW_QUALIFICATIONS.equals(taskKey) ? firstApproval(decisions) : null,
                Elements.REVIEW_FACTORY.equals(taskKey) ? factory(execution, reviewDay) : null,
                "/api/merchants/" + applicationId + "/audit-pack");
        try {
            return json.writeValueAsString(file);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The review file of " + applicationId + " cannot be written", e);
        }
    }

    private Merchant merchant(MerchantApplication application) {
        var markets = application.overseasMarkets().stream().sorted().toList();
        return new Merchant(application.merchantName(),
                application.entityType() == EntityType.OVERSEAS ? both("境外企业", "Overseas company")
                        : both("境内企业", "Mainland company"),
                categoryPath(application.category()),
                markets.isEmpty() ? NONE
                        : both(markets.stream().map(ReviewFiles::marketZh).collect(Collectors.joining("、")),
                                markets.stream().map(ReviewFiles::marketEn).collect(Collectors.joining(", "))),
                application.factoryProgram() ? both("参加", "Joined") : both("未参加", "Not joined"));
    }

    /** "生鲜 › 水果 › 榴莲 / Fresh food › Fruit › Durian"; the code itself for one the catalogue no longer names. */
    private String categoryPath(String code) {
        var name = catalogue.name(code);
        if (name == null) {
            return code;
        }
        return both(name.path().stream().map(CategoryCatalogue.PathEntry::zh).collect(Collectors.joining(" › ")),
                name.path().stream().map(CategoryCatalogue.PathEntry::en).collect(Collectors.joining(" › ")));
    }

    private QualificationNames.Name categoryName(String code) {
        var name = catalogue.name(code);
        return name == null ? new QualificationNames.Name(code, code) : new QualificationNames.Name(name.zh(), name.en());
    }

    private QualificationView view(String applicationId, String prefix, Qualification q, LocalDate reviewDay) {
        var name = QualificationNames.of(prefix).orElse(new QualificationNames.Name(prefix, prefix));
        if (q == null) {
            return new QualificationView(both(name.zh(), capitalised(name.en())), null, null, NONE, null, null, null,
                    null, null);
        }
        String categories = q.categories().isEmpty() ? NONE : q.categories().stream().map(this::categoryName)
                .map(n -> both(n.zh(), n.en())).collect(Collectors.joining("; "));
        return new QualificationView(both(name.zh(), capitalised(name.en())), q.holderName(), q.number(), categories,
                q.validFrom() == null ? null : q.validFrom().toString(),
                q.validUntil() == null ? null : q.validUntil().toString(),
                q.validUntil() == null ? null : ChronoUnit.DAYS.between(reviewDay, q.validUntil()),
                q.hasDocument() ? MerchantDocuments.url(applicationId, prefix + QualificationFields.DOCUMENT) : null,
                q.hasDocument() ? both("查看" + name.zh(), "open the " + name.en()) : null);
    }

    private List<Finding> findings(List<String> required, Map<String, Qualification> submitted, String category,
            LocalDate reviewDay) {
        return rules.findings(required, submitted, category, reviewDay, this::categoryName).stream()
                .map(f -> new Finding(both(f.rule().nameZh, f.rule().nameEn),
                        both(f.qualificationZh(), capitalised(f.qualificationEn())), f.passed(),
                        both(f.detailZh(), f.detailEn())))
                .toList();
    }

    private record CheckRound(Instant at, String issues) {}

    /**
     * The automated checks that sent the application back, from history: each value of {@code qualificationIssues}
     * that named an issue (rounds committed before this one; the current check passed, or no review would open).
     * Read without the acting reviewer's rights: the file is ours to compose.
     */
    private List<CheckRound> checkRounds(DelegateExecution execution) {
        var history = execution.getProcessEngineServices().getHistoryService();
        List<HistoricDetail> updates = Context.getCommandContext().runWithoutAuthorization(() -> {
            var issues = history.createHistoricVariableInstanceQuery()
                    .processInstanceIdIn(execution.getProcessInstanceId()).variableName(Variables.QUALIFICATION_ISSUES)
                    .disableBinaryFetching().list();
            var found = new ArrayList<HistoricDetail>();
            issues.forEach(variable -> found.addAll(history.createHistoricDetailQuery().variableUpdates()
                    .variableInstanceId(variable.getId()).orderByTime().asc().list()));
            return found;
        });
        var rounds = new ArrayList<CheckRound>();
        for (HistoricDetail detail : updates) {
            if (detail instanceof HistoricVariableUpdate update
                    && Variables.QUALIFICATION_ISSUES.equals(update.getVariableName())
                    && update.getValue() instanceof String text) {
                var issues = issues(text);
                if (!issues.isEmpty()) {
                    rounds.add(new CheckRound(update.getTime().toInstant(), issues.stream()
                            .map(i -> both(i.messageZh(), i.messageEn())).collect(Collectors.joining("; "))));
                }
            }
        }
        return rounds;
    }

    private List<QualificationIssue> issues(String text) {
        try {
            return json.readValue(text, new TypeReference<List<QualificationIssue>>() {});
        } catch (JsonProcessingException notIssues) {
            return List.of();
        }
    }

    private List<Round> rounds(List<ReviewDecision> decisions, List<CheckRound> checks) {
        record Dated(Instant at, Round round) {}
        var all = new ArrayList<Dated>();
        checks.forEach(c -> all.add(new Dated(c.at(), new Round(both("自动检查", "Automated check"),
                both("发现问题", "Issues found"), null, c.issues(), both("系统", "System"), minute(c.at())))));
        decisions.forEach(d -> all.add(new Dated(d.decidedAt(), new Round(
                TASKS.getOrDefault(d.taskKey(), d.taskKey()), DECISIONS.getOrDefault(d.decision(), d.decision()),
                d.reason(), NONE, d.reviewer(), minute(d.decidedAt())))));
        all.sort(Comparator.comparing(Dated::at));
        return all.stream().map(Dated::round).toList();
    }

    /** The first review's approval that this second review follows: its latest decision, if it approved. */
    private FirstApproval firstApproval(List<ReviewDecision> decisions) {
        return decisions.stream().filter(d -> Elements.REVIEW_QUALIFICATIONS.equals(d.taskKey()))
                .reduce((earlier, later) -> later).filter(d -> "APPROVE".equals(d.decision()))
                .map(d -> new FirstApproval(d.reviewer(), minute(d.decidedAt()), d.reason())).orElse(null);
    }

    private Factory factory(DelegateExecution execution, LocalDate reviewDay) {
        String issuerCode = text(execution, Variables.AUDIT_ISSUER);
        var issuer = Arrays.stream(AuditIssuer.values()).filter(i -> i.name().equals(issuerCode)).findFirst();
        var issuedOn = date(text(execution, Variables.AUDIT_ISSUED_ON));
        var facts = new FactoryTiers.Facts(flag(execution, Variables.QUALITY_SYSTEM_CERTIFIED),
                count(execution, Variables.ANNUAL_OUTPUT_UNITS), text(execution, Variables.OEM_BRAND_LEVEL),
                count(execution, Variables.HEADCOUNT), count(execution, Variables.YEARS_IN_OPERATION),
                count(execution, Variables.PLANT_AREA_SQM), flag(execution, Variables.NEW_MATERIAL_TECH));
        var tier = FactoryTier.of(text(execution, Variables.SUGGESTED_TIER));
        var brand = FactoryTiers.BrandLevel.of(facts.oemBrandLevel());
        var shown = new ArrayList<Fact>();
        shown.add(new Fact(both("员工人数", "Employees"), String.valueOf(facts.headcount())));
        shown.add(new Fact(both("年产量（件）", "Annual output (units)"), String.valueOf(facts.annualOutputUnits())));
        shown.add(new Fact(both("厂房面积（平方米）", "Plant area (m²)"), String.valueOf(facts.plantAreaSqm())));
        shown.add(new Fact(both("成立年限", "Years in operation"), String.valueOf(facts.yearsInOperation())));
        shown.add(new Fact(both("代工品牌等级", "Brands made for"),
                brand.map(b -> both(b.nameZh, b.nameEn)).orElse(NONE)));
        shown.add(yesNo(execution, Variables.QUALITY_SYSTEM_CERTIFIED, "质量管理体系认证", "Certified quality system"));
        shown.add(yesNo(execution, Variables.NEW_MATERIAL_TECH, "新材料/黑科技", "New-material technology"));
        shown.add(yesNo(execution, Variables.HAS_ODM_TEAM, "独立 ODM 团队", "Own ODM team"));
        shown.add(yesNo(execution, Variables.HAS_PRODUCTION_MANAGEMENT, "生产管理流程", "Production management"));
        shown.add(yesNo(execution, Variables.OWN_OPERATIONS_TEAM, "自营运营团队", "Own operations team"));
        shown.add(yesNo(execution, Variables.WILL_LIVE_STREAM, "愿意直播", "Willing to live-stream"));
        return new Factory(
                issuer.map(i -> i == AuditIssuer.PLATFORM ? both("平台验厂", "Platform audit") : i.name()).orElse(NONE),
                issuedOn == null ? null : issuedOn.toString(),
                issuedOn == null ? null : ChronoUnit.DAYS.between(issuedOn, reviewDay),
                shown,
                tier.map(t -> both(FactoryTiers.nameZh(t), FactoryTiers.nameEn(t))).orElse(NONE),
                tier.map(t -> FactoryTiers.reasons(t, facts).stream()
                        .map(r -> new Reason(both(r.criterionZh(), r.criterionEn()), both(r.valueZh(), r.valueEn()),
                                r.met(), both(r.detailZh(), r.detailEn())))
                        .toList()).orElse(List.of()));
    }

    private static Fact yesNo(DelegateExecution execution, String field, String zh, String en) {
        Object value = execution.getVariable(field);
        return new Fact(both(zh, en), value instanceof Boolean b ? (b ? both("是", "Yes") : both("否", "No")) : NONE);
    }

    private static boolean flag(DelegateExecution execution, String field) {
        return Boolean.TRUE.equals(execution.getVariable(field));
    }

    private static long count(DelegateExecution execution, String field) {
        return execution.getVariable(field) instanceof Number n ? n.longValue() : 0;
    }

    private static String text(DelegateExecution execution, String field) {
        return execution.getVariable(field) instanceof String s ? s : null;
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    private String minute(Instant at) {
        return MINUTE.format(at.atZone(businessZone));
    }

    private static String marketZh(Market market) {
        return switch (market) {
            case US -> "美国";
            case HK -> "中国香港";
            case MO -> "中国澳门";
        };
    }

    private static String marketEn(Market market) {
        return switch (market) {
            case US -> "United States";
            case HK -> "Hong Kong";
            case MO -> "Macau";
        };
    }

    private static String capitalised(String en) {
        return en.isEmpty() ? en : Character.toUpperCase(en.charAt(0)) + en.substring(1);
    }

    private static String both(String zh, String en) {
        return zh + " / " + en;
    }
}
