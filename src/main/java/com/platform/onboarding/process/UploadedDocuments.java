package com.platform.onboarding.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.variable.value.FileValue;

/**
 * A document is judged by its bytes, not by the name or type its sender gave it: a PDF, JPEG or PNG of at most
 * 10 MB, or the completion is refused naming the field.
 */
public final class UploadedDocuments {

    private static final Pattern DOCUMENT = Pattern.compile("[a-z][A-Za-z0-9]{0,60}" + QualificationFields.DOCUMENT);
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /** True when a document was sent; refuses one that is not an acceptable file. */
    static boolean check(VariableScope scope, String field) {
        var value = scope.getVariableTyped(field);
        if (value == null || value.getValue() == null) {
            return false;
        }
        if (!(value instanceof FileValue file)) {
            throw new InvalidTaskInput(field, "must be a file (PDF, JPEG or PNG)");
        }
        byte[] bytes;
        try (InputStream in = file.getValue()) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > MAX_BYTES) {
            throw new InvalidTaskInput(field, "may be at most 10 MB (文件不得超过 10 MB)");
        }
        if (typeOf(bytes).isEmpty()) {
            throw new InvalidTaskInput(field, "must be a PDF, JPEG or PNG file, judged by its content (仅支持 PDF、JPEG、PNG)");
        }
        return true;
    }

    /** A document's variable name: a qualification's ({prefix}Document) or the audit report's. */
    public static boolean isDocument(String variableName) {
        return DOCUMENT.matcher(variableName).matches();
    }

    /** The document as last stored under this name, over every process about the application, ended ones too. */
    public static Optional<FileValue> latest(HistoryService historyService, String applicationId, String name) {
        var instances = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(applicationId)
                .list();
        if (instances.isEmpty()) {
            return Optional.empty();
        }
        var started = new HashMap<String, Date>();
        instances.forEach(i -> started.put(i.getId(), i.getStartTime()));
        return historyService.createHistoricVariableInstanceQuery()
                .processInstanceIdIn(instances.stream().map(HistoricProcessInstance::getId).toArray(String[]::new))
                .variableName(name).list().stream()
                .filter(v -> v.getTypedValue() instanceof FileValue file && file.getValue() != null)
                .max(Comparator.comparing(v -> started.get(v.getProcessInstanceId())))
                .map(v -> (FileValue) v.getTypedValue());
    }

    /** The media type the bytes are, by their signature: application/pdf, image/png or image/jpeg, or none of ours. */
    public static Optional<String> typeOf(byte[] bytes) {
        if (startsWith(bytes, PDF)) {
            return Optional.of("application/pdf");
        }
        if (startsWith(bytes, PNG)) {
            return Optional.of("image/png");
        }
        if (startsWith(bytes, JPEG)) {
            return Optional.of("image/jpeg");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, byte[] signature) {
        return bytes.length >= signature.length && Arrays.equals(bytes, 0, signature.length, signature, 0, signature.length);
    }

    private UploadedDocuments() {}
}
