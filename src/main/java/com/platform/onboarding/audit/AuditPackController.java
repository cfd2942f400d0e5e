package com.platform.onboarding.audit;

import com.platform.onboarding.merchant.MerchantDirectory;
import com.platform.onboarding.review.ReviewLedger;
import com.platform.onboarding.security.Caller;
import com.platform.onboarding.security.Groups;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /api/merchants/{id}/audit-pack: ops and admins for any application, a reviewer for those they decided a review
 * of (the review ledger says which) or hold now; JSON, or a PDF when the Accept header names application/pdf or
 * text/html (a person following the review form's link in a browser reads the PDF).
 */
@RestController
class AuditPackController {

    private static final Logger log = LoggerFactory.getLogger(AuditPackController.class);

    private final MerchantDirectory directory;
    private final ReviewLedger reviews;
    private final AuditPack pack;
    private final AuditPackPdf pdf;
    private final EngineRecords engine;
    private final Clock clock;

    AuditPackController(MerchantDirectory directory, ReviewLedger reviews, AuditPack pack, AuditPackPdf pdf,
            EngineRecords engine, Clock clock) {
        this.directory = directory;
        this.reviews = reviews;
        this.pack = pack;
        this.pdf = pdf;
        this.engine = engine;
        this.clock = clock;
    }

    @GetMapping("/api/merchants/{applicationId}/audit-pack")
    ResponseEntity<?> pack(Caller caller, @PathVariable String applicationId,
            @RequestHeader(name = HttpHeaders.ACCEPT, defaultValue = "") String accept) {
        var refused = refusal(caller, applicationId);
        if (refused != null) {
            return refused;
        }
        var application = directory.find(applicationId);
        if (application.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        var found = pack.of(application.get(), clock.instant());
        var wanted = MediaType.parseMediaTypes(accept.isBlank() ? "*/*" : accept);
        if (!wanted.contains(MediaType.APPLICATION_PDF) && !wanted.contains(MediaType.TEXT_HTML)) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(found);
        }
        byte[] document;
        try {
            document = pdf.render(found);
        } catch (AuditPackPdf.FontMissing missing) {
            log.error(missing.getMessage());
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, "The PDF cannot be made: the "
                    + "Chinese font set by " + AuditPackPdf.FONT_SETTING + " is missing on the server. The JSON pack works.");
            problem.setTitle("PDF not available / 暂无法生成 PDF");
            problem.setProperty("detailZh", "无法生成 PDF：服务器上缺少配置项 " + AuditPackPdf.FONT_SETTING
                    + " 指定的中文字体。JSON 格式的审计档案可正常获取。");
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=audit-pack-" + applicationId + ".pdf")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(document);
    }

    private ResponseEntity<ProblemDetail> refusal(Caller caller, String applicationId) {
        if (caller.inAny(Groups.OPS, Groups.ADMINS)) {
            return null;
        }
        caller.require(Groups.REVIEWERS);
        if (reviews.of(applicationId).stream().anyMatch(d -> d.reviewer().equals(caller.username()))
                || engine.holdsReview(applicationId, caller.username())) {
            return null;
        }
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "A reviewer may open the audit pack only of an application they reviewed or hold a review of.");
        problem.setTitle("Not allowed / 无权操作");
        problem.setProperty("detailZh", "审核员只能查看自己审核过或正在审核的申请的审计档案。");
        return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
