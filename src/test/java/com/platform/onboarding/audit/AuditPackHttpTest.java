package com.platform.onboarding.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.platform.onboarding.Http;
import com.platform.onboarding.MerchantApi;
import com.platform.onboarding.OnboardingTest;
import com.platform.onboarding.Registrations;
import com.platform.onboarding.Waits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The audit pack of a durian merchant (a change request, then four eyes) and of a factory (a tier overridden), each
 * onboarded through the APIs its people use, read as ops read it: every decision with who and when, each document's
 * hash equal to the hash of the bytes the merchant sent, the decisions' versions; and the PDF, in Chinese.
 */
@OnboardingTest
class AuditPackHttpTest {

    static final Path OUT = Path.of("target/audit-pack");

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;
    @Autowired
    HistoryService historyService;

    @Test
    void aDurianMerchantsPackNamesEveryDecisionDocumentAndRuleAndItsPdfIsInChinese() throws Exception {
        String username = "ap-durian-" + UUID.randomUUID().toString().substring(0, 6);
        String name = "鲜果榴莲贸易有限公司";
        String applicationId = Registrations.register(port, username, name, "OVERSEAS", "food.fresh-fruit.durian",
                "US,HK");
        var merchant = agreed(username, applicationId);
        byte[] licence = pdf("overseas licence " + username);
        byte[] entrusted = pdf("entrusted enterprise " + username);
        merchant.completeTask(applicationId, "upload-qualifications", qualifications(name, licence, entrusted));
        Waits.continuations(engine).runFor(applicationId);

        decide("reviewer", applicationId, "REQUEST_CHANGES", "营业执照扫描件不清晰 / the scan is unreadable", "");
        byte[] clearer = pdf("overseas licence, a clear scan " + username);
        merchant.completeTask(applicationId, "upload-qualifications", qualifications(name, clearer, entrusted));
        Waits.continuations(engine).runFor(applicationId);
        decide("reviewer", applicationId, "APPROVE", null, "");
        decide("reviewer2", applicationId, "APPROVE", null, "");
        pay(applicationId, "AP-" + username, "20000");
        assertThat(merchant.status(applicationId).get("status").asText()).isEqualTo("ACTIVE");

        var pack = pack(applicationId);
        assertThat(pack.get("merchant").get("merchantName").asText()).isEqualTo(name);
        assertThat(decisions(pack)).containsExactly(
                "reviewer REQUEST_CHANGES 营业执照扫描件不清晰 / the scan is unreadable",
                "reviewer APPROVE -", "reviewer2 APPROVE -");
        events(pack, "REVIEW_DECISION").forEach(e -> assertThat(e.get("at").asText()).isNotBlank());
        assertThat(kinds(pack)).startsWith("REGISTERED", "SCREENED").contains("DOCUMENT_UPLOADED", "CHECKED", "PAYMENT")
                .endsWith("ACTIVATED");
        // Three uploads: both documents, then the clearer licence; the pack's documents are the ones on file.
        assertThat(events(pack, "DOCUMENT_UPLOADED")).extracting(e -> e.get("details").get("sha256").asText())
                .containsExactlyInAnyOrder(sha256(licence), sha256(entrusted), sha256(clearer));
        assertThat(documents(pack)).containsExactlyInAnyOrder(
                "overseasEntityDocument " + sha256(clearer) + " true " + username,
                "domesticEntrustedDocument " + sha256(entrusted) + " true " + username);
        assertThat(StreamSupport.stream(pack.get("rules").get("decisions").spliterator(), false)
                .map(d -> d.get("decisionKey").asText())).contains("category-deposit");
        pack.get("rules").get("decisions").forEach(d -> assertThat(d.get("version").asInt()).isPositive());
        // The engine's decision history goes with its cleanup; the pack's rules do not.
        historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(applicationId).list().forEach(i ->
                historyService.createHistoricDecisionInstanceQuery().processInstanceId(i.getId()).list().forEach(d ->
                        historyService.deleteHistoricDecisionInstanceByInstanceId(d.getId())));
        assertThat(StreamSupport.stream(pack(applicationId).get("rules").get("decisions").spliterator(), false)
                .map(d -> d.get("decisionKey").asText() + " v" + d.get("version").asInt()))
                .contains("required-qualifications v1", "category-deposit v1");
        var check = pack.get("rules").get("settings").get(0);
        assertThat(check.get("values").get("minimumRemainingValidityDays").asInt()).isEqualTo(30);
        assertThat(check.get("values").get("minimumRemainingValidityEffectiveFrom").asText()).isEqualTo("2025-03-22");
        // Every dated rule as it stood on the check's day, each with the date its value took effect.
        var inForce = StreamSupport.stream(check.get("inForce").spliterator(), false)
                .collect(java.util.stream.Collectors.toMap(r -> r.get("key").asText(),
                        r -> r.get("value").asText() + " from " + r.get("effectiveFrom").asText()));
        assertThat(inForce).containsEntry("minimum-validity", "30 from 2025-03-22").containsKey("max-shipping-days");
        assertThat(pack.get("depositLedger")).extracting(p -> p.get("amount").decimalValue().intValue())
                .containsExactly(20000);
        assertThat(pack.get("notifications")).extracting(n -> n.get("event").asText())
                .contains("REGISTRATION_RECEIVED", "MERCHANT_ACTIVATED");

        // A reviewer who worked on it may read it; merchants and other reviewers may not, told in both languages.
        assertThat(Http.as(port, "reviewer2", Http.DEMO_PASSWORD).get(path(applicationId)).status()).isEqualTo(200);
        assertThat(merchant.http().get(path(applicationId)).status()).isEqualTo(403);

        var pdf = Http.as(port, "ops", Http.DEMO_PASSWORD).download(path(applicationId), "application/pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        try (var document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(name, "审计档案", sha256(clearer), "reviewer2");
            Files.createDirectories(OUT);
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 110), "png",
                    OUT.resolve("durian-page-1.png").toFile());
        }
    }

    @Test
    void aFactorysPackHasItsAuditReportAndTheTierOverriddenWithItsReason() throws Exception {
        String username = "ap-factory-" + UUID.randomUUID().toString().substring(0, 6);
        String name = "东莞快质造服饰厂";
        var registration = Http.anonymous(port).postJson("/api/registrations", Map.of("username", username,
                "password", Registrations.PASSWORD, "merchantName", name, "contactEmail", username + "@example.com",
                "entityType", "DOMESTIC", "category", "apparel.womenswear", "overseasMarkets", "",
                "factoryProgram", true));
        assertThat(registration.status()).as(registration.body()).isEqualTo(201);
        String applicationId = registration.json().get("applicationId").asText();
        var merchant = new MerchantApi(Http.as(port, username, Registrations.PASSWORD));
        byte[] licence = pdf("business licence " + username);
        merchant.completeTask(applicationId, "upload-qualifications", "{\"variables\":{"
                + qualification("businessLicense", name, "91350100M000100Y43", "apparel", licence) + "}}");
        Waits.continuations(engine).runFor(applicationId);
        decide("reviewer", applicationId, "APPROVE", null, "");
        byte[] report = pdf("SGS factory audit " + username);
        merchant.completeTask(applicationId, "upload-factory-audit", factoryAudit(report));
        Waits.continuations(engine).runFor(applicationId);
        decide("reviewer2", applicationId, "APPROVE", null, ",\"tierOverride\":{\"value\":\"S\"},"
                + "\"tierOverrideReason\":{\"value\":\"自有研发团队，升为S级 / own R&D team, raised to S\"}");
        pay(applicationId, "AP-" + username, "3000");

        var pack = pack(applicationId);
        assertThat(decisions(pack)).containsExactly("reviewer APPROVE -", "reviewer2 APPROVE -");
        assertThat(events(pack, "REVIEW_DECISION").get(1).get("details").get("tier").asText()).isEqualTo("S");
        var tier = events(pack, "TIER_DECIDED").get(0);
        assertThat(tier.get("actor").asText()).isEqualTo("reviewer2");
        assertThat(tier.get("details").get("suggested").asText()).isEqualTo("A");
        assertThat(tier.get("details").get("suggestedBecause").asText()).isNotBlank();
        assertThat(tier.get("details").get("overrideReason").asText())
                .isEqualTo("自有研发团队，升为S级 / own R&D team, raised to S");
        assertThat(pack.get("merchant").get("tier").asText()).isEqualTo("S");
        assertThat(documents(pack)).containsExactlyInAnyOrder(
                "businessLicenseDocument " + sha256(licence) + " true " + username,
                "auditReportDocument " + sha256(report) + " true " + username);
        assertThat(StreamSupport.stream(pack.get("rules").get("decisions").spliterator(), false)
                .map(d -> d.get("decisionKey").asText())).contains("factory-tier", "category-deposit");
        assertThat(StreamSupport.stream(pack.get("rules").get("settings").spliterator(), false)
                .map(s -> s.get("check").asText())).contains("qualifications", "factoryAudit");
        assertThat(Http.as(port, "reviewer", Http.DEMO_PASSWORD).get(path(applicationId)).status()).isEqualTo(200);

        var pdf = Http.as(port, "ops", Http.DEMO_PASSWORD).download(path(applicationId), "application/pdf");
        try (var document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains(name, sha256(report),
                    "自有研发团队，升为S级", "工厂等级：建议与认定");
            Files.createDirectories(OUT);
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 110), "png",
                    OUT.resolve("factory-page-1.png").toFile());
        }
    }

    @Test
    void theReviewerHoldingTheFirstReviewReadsThePackFromTheFormsLinkAsAPdf() {
        String username = "ap-holder-" + UUID.randomUUID().toString().substring(0, 6);
        String name = "持有审核榴莲有限公司";
        String applicationId = Registrations.register(port, username, name, "OVERSEAS", "food.fresh-fruit.durian",
                "US");
        agreed(username, applicationId).completeTask(applicationId, "upload-qualifications",
                qualifications(name, pdf("licence " + username), pdf("entrusted " + username)));
        Waits.continuations(engine).runFor(applicationId);
        var reviewer = Http.as(port, "reviewer", Http.DEMO_PASSWORD);
        String task = reviewer.postJson("/engine-rest/task", "{\"processInstanceBusinessKey\":\"" + applicationId
                + "\",\"candidateGroup\":\"reviewers\"}").json().get(0).get("id").asText();

        // Before the claim the reviewer has not worked on it; once it is theirs, the form's link opens the pack.
        assertThat(reviewer.get(path(applicationId)).status()).isEqualTo(403);
        assertThat(reviewer.postJson("/engine-rest/task/" + task + "/claim", "{\"userId\":\"reviewer\"}").status())
                .isEqualTo(204);
        var inBrowser = reviewer.download(path(applicationId), "text/html,application/xhtml+xml,*/*;q=0.8");
        assertThat(inBrowser.status()).isEqualTo(200);
        assertThat(inBrowser.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/pdf"));
        assertThat(reviewer.get(path(applicationId)).json().get("merchant").toString()).contains(name);
        assertThat(Http.as(port, "reviewer2", Http.DEMO_PASSWORD).get(path(applicationId)).status()).isEqualTo(403);
    }

    @Test
    void aReviewerWhoDidNotWorkOnAnApplicationIsRefusedAndLeavingThePlanAndWithdrawingAreRecorded() {
        String username = "ap-other-" + UUID.randomUUID().toString().substring(0, 6);
        String applicationId = Registrations.register(port, username, "Other Durian Ltd", "OVERSEAS",
                "food.fresh-fruit.durian", "US");
        var refused = Http.as(port, "reviewer", Http.DEMO_PASSWORD).get(path(applicationId));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("detail").asText()).contains("reviewed");
        assertThat(refused.json().get("detailZh").asText()).contains("审计档案");

        // Leaving the plan and withdrawing are in the trail, by the merchant and with what changed.
        var merchant = Http.as(port, username, Registrations.PASSWORD);
        assertThat(merchant.postJson("/api/merchants/" + applicationId + "/overseas-plan/exit", "").status())
                .isEqualTo(204);
        assertThat(merchant.postJson("/api/merchants/" + applicationId + "/withdrawal", "").status()).isEqualTo(202);
        var pack = pack(applicationId);
        assertThat(kinds(pack)).startsWith("REGISTERED").endsWith("LEFT_OVERSEAS_PLAN", "WITHDRAWN");
        var left = events(pack, "LEFT_OVERSEAS_PLAN").get(0);
        assertThat(left.get("actor").asText()).isEqualTo(username);
        assertThat(left.get("details").get("markets")).extracting(JsonNode::asText).containsExactly("US");
        assertThat(events(pack, "WITHDRAWN").get(0).get("details").get("reason").asText())
                .isEqualTo("MERCHANT_WITHDREW");
    }

    private static String path(String applicationId) {
        return "/api/merchants/" + applicationId + "/audit-pack";
    }

    private JsonNode pack(String applicationId) {
        var pack = Http.as(port, "ops", Http.DEMO_PASSWORD).get(path(applicationId));
        assertThat(pack.status()).as(pack.body()).isEqualTo(200);
        return pack.json();
    }

    private static List<JsonNode> events(JsonNode pack, String kind) {
        var found = new ArrayList<JsonNode>();
        pack.get("timeline").forEach(e -> {
            if (kind.equals(e.get("kind").asText())) {
                found.add(e);
            }
        });
        return found;
    }

    private static List<String> kinds(JsonNode pack) {
        return StreamSupport.stream(pack.get("timeline").spliterator(), false).map(e -> e.get("kind").asText()).toList();
    }

    private static List<String> decisions(JsonNode pack) {
        return events(pack, "REVIEW_DECISION").stream().map(e -> e.get("actor").asText() + " "
                + e.get("details").get("decision").asText() + " "
                + (e.get("details").has("reason") ? e.get("details").get("reason").asText() : "-")).toList();
    }

    private static List<String> documents(JsonNode pack) {
        return StreamSupport.stream(pack.get("documents").spliterator(), false).map(d -> d.get("name").asText() + " "
                + d.get("sha256").asText() + " " + d.get("matches").asBoolean() + " " + d.get("uploadedBy").asText())
                .toList();
    }

    /** The merchant's API once the overseas agreement is signed. */
    private MerchantApi agreed(String username, String applicationId) {
        var merchant = new MerchantApi(Http.as(port, username, Registrations.PASSWORD));
        merchant.completeTask(applicationId, "sign-overseas-agreement",
                "{\"variables\":{\"agreementAccepted\":{\"value\":true},\"committedShippingDays\":{\"value\":7}}}");
        return merchant;
    }

    /** Claims the open review as this reviewer and completes it. */
    private void decide(String reviewer, String applicationId, String decision, String reason, String more) {
        var http = Http.as(port, reviewer, Http.DEMO_PASSWORD);
        String task = http.postJson("/engine-rest/task", "{\"processInstanceBusinessKey\":\"" + applicationId
                + "\",\"candidateGroup\":\"reviewers\"}").json().get(0).get("id").asText();
        assertThat(http.postJson("/engine-rest/task/" + task + "/claim", "{\"userId\":\"" + reviewer + "\"}").status())
                .isEqualTo(204);
        var done = http.postJson("/engine-rest/task/" + task + "/complete", "{\"variables\":{\"decision\":{\"value\":\""
                + decision + "\"}" + (reason == null ? "" : ",\"decisionReason\":{\"value\":\"" + reason + "\"}")
                + more + "}}");
        assertThat(done.status()).as(done.body()).isEqualTo(204);
    }

    private void pay(String applicationId, String reference, String amount) {
        var paid = Http.as(port, "payments", Http.DEMO_PASSWORD).postJson("/api/payments", "{\"applicationId\":\""
                + applicationId + "\",\"paymentReference\":\"" + reference + "\",\"amount\":" + amount
                + ",\"currency\":\"CNY\"}");
        assertThat(paid.status()).as(paid.body()).isEqualTo(201);
        Waits.continuations(engine).runFor(applicationId);
    }

    private static byte[] pdf(String content) {
        return ("%PDF-1.4 " + content).getBytes(StandardCharsets.US_ASCII);
    }

    private static String qualifications(String holder, byte[] overseas, byte[] entrusted) {
        return "{\"variables\":{" + qualification("overseasEntity", holder, "SG-FOOD-EXPORT-7", "food", overseas) + ","
                + qualification("domesticEntrusted", holder, "91350100M000100Y43", "food", entrusted) + "}}";
    }

    private static String qualification(String prefix, String holder, String number, String categories, byte[] document) {
        String until = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(365).toString();
        return "\"" + prefix + "HolderName\":{\"value\":\"" + holder + "\"},"
                + "\"" + prefix + "Number\":{\"value\":\"" + number + "\"},"
                + "\"" + prefix + "Categories\":{\"value\":\"" + categories + "\"},"
                + "\"" + prefix + "ValidFrom\":{\"value\":\"2025-01-01\"},"
                + "\"" + prefix + "ValidUntil\":{\"value\":\"" + until + "\"},"
                + file(prefix + "Document", prefix + ".pdf", document);
    }

    private static String file(String field, String filename, byte[] bytes) {
        return "\"" + field + "\":{\"value\":\"" + Base64.getEncoder().encodeToString(bytes) + "\",\"type\":\"File\","
                + "\"valueInfo\":{\"filename\":\"" + filename + "\",\"mimetype\":\"application/pdf\"}}";
    }

    /** A tier-A factory's audit facts, as the upload-factory-audit task takes them. */
    private static String factoryAudit(byte[] report) {
        String issued = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusMonths(3).toString();
        return "{\"variables\":{\"auditIssuer\":{\"value\":\"SGS\"},\"auditIssuedOn\":{\"value\":\"" + issued + "\"},"
                + file("auditReportDocument", "audit.pdf", report) + ","
                + "\"hasOdmTeam\":{\"value\":true},\"hasProductionManagement\":{\"value\":true},"
                + "\"qualitySystemCertified\":{\"value\":true},"
                + "\"annualOutputUnits\":{\"value\":1000000,\"type\":\"Long\"},"
                + "\"headcount\":{\"value\":300,\"type\":\"Long\"},\"foundedYear\":{\"value\":2021,\"type\":\"Long\"},"
                + "\"plantAreaSqm\":{\"value\":8000,\"type\":\"Long\"},\"oemBrandLevel\":{\"value\":\"INTERNATIONAL\"},"
                + "\"newMaterialTech\":{\"value\":false},\"ownOperationsTeam\":{\"value\":false},"
                + "\"willLiveStream\":{\"value\":false},\"selectivePlatforms\":{\"value\":\"\"}}}";
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
