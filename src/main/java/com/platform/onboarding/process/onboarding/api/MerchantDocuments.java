package com.platform.onboarding.process.onboarding.api;

import com.platform.onboarding.merchant.MerchantDirectory;
import com.platform.onboarding.process.UploadedDocuments;
import com.platform.onboarding.security.Caller;
import com.platform.onboarding.security.Groups;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A document on file, shown in the browser (the engine's own endpoint only offers downloads), to its merchant and to
 * staff. Its type is judged by its bytes, not by what the sender claimed: together with nosniff (security/
 * SecurityHeaders, on all our paths), a file cannot pass for a page of ours. History holds the latest value, also after the application ended.
 */
@RestController
public class MerchantDocuments {

    private final MerchantDirectory directory;
    private final HistoryService historyService;

    MerchantDocuments(MerchantDirectory directory, HistoryService historyService) {
        this.directory = directory;
        this.historyService = historyService;
    }

    public static String url(String applicationId, String name) {
        return "/api/merchants/" + applicationId + "/documents/" + name;
    }

    @GetMapping("/api/merchants/{applicationId}/documents/{name}")
    ResponseEntity<byte[]> document(Caller caller, @PathVariable String applicationId, @PathVariable String name)
            throws IOException {
        if (!UploadedDocuments.isDocument(name) || directory.visibleTo(caller, applicationId, Groups.REVIEWERS, Groups.OPS,
                Groups.ADMINS).isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        var latest = UploadedDocuments.latest(historyService, applicationId, name);
        if (latest.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        var file = latest.get();
        byte[] bytes;
        try (InputStream in = file.getValue()) {
            bytes = in.readAllBytes();
        }
        String filename = file.getFilename() == null ? name : file.getFilename();
        return ResponseEntity.ok()
                .contentType(UploadedDocuments.typeOf(bytes).map(MediaType::parseMediaType)
                        .orElse(MediaType.APPLICATION_OCTET_STREAM))
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename*=UTF-8''" + encoded(filename))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(bytes);
    }

    /** RFC 5987: every byte of the UTF-8 name outside the few characters allowed bare is percent-encoded. */
    private static String encoded(String filename) {
        var out = new StringBuilder();
        for (byte b : filename.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return out.toString();
    }
}
