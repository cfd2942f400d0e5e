package com.platform.onboarding.audit;

import com.platform.onboarding.rules.RulesInForce;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The audit pack as a PDF. Chinese needs a CJK font embedded in the file (a viewer may have none): the font comes
 * from {@code onboarding.audit-pack.font}, a TrueType collection or font file, and only the glyphs used are embedded.
 */
@Component
class AuditPackPdf {

    static final String FONT_SETTING = "onboarding.audit-pack.font";
    private static final float MARGIN = 48;
    private static final float SIZE = 9;
    private static final float LEADING = 13;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final File font;

    AuditPackPdf(@Value("${" + FONT_SETTING + ":/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc}") File font) {
        this.font = font;
    }

    byte[] render(AuditPack.Pack pack) {
        if (!font.isFile()) {
            throw new FontMissing(font);
        }
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream();
                var collection = font.getName().toLowerCase().endsWith(".ttc") ? new TrueTypeCollection(font) : null) {
            var type0 = collection == null ? PDType0Font.load(document, font) : PDType0Font.load(document, first(collection), true);
            new Writer(document, type0).lines(lines(pack));
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The configured font is not there: ops install it or point the setting at another CJK font. */
    static class FontMissing extends RuntimeException {
        FontMissing(File font) {
            super("The audit pack's CJK font " + font + " is missing: install it or set " + FONT_SETTING
                    + " to a TrueType font or collection with Chinese glyphs");
        }
    }

    private static TrueTypeFont first(TrueTypeCollection collection) throws IOException {
        var found = new ArrayList<TrueTypeFont>();
        collection.processAllFonts(found::add);
        return found.get(0);
    }

    private static List<String> lines(AuditPack.Pack pack) {
        var m = pack.merchant();
        var lines = new ArrayList<String>();
        lines.add("# 审计档案 Audit pack · " + m.merchantName());
        lines.add("申请编号 Application: " + m.applicationId() + " · 生成于 generated " + TIME.format(pack.generatedAt()));
        lines.add("");
        lines.add("# 商家 Merchant");
        lines.add("名称 Name: " + m.merchantName() + " · 账号 User: " + m.username());
        lines.add("主体 Entity: " + m.entityType() + " · 类目 Category: " + m.category() + " · 市场 Markets: "
                + (m.markets().isEmpty() ? "—" : String.join(",", m.markets())));
        lines.add("状态 Status: " + m.status() + (m.statusReason() == null ? "" : " (" + m.statusReason() + ")")
                + " · 等级 Tier: " + (m.tier() == null ? "—" : m.tier()) + " · 提交 Submitted: " + TIME.format(m.submittedAt()));
        lines.add("");
        lines.add("# 时间线 Timeline");
        for (var e : pack.timeline()) {
            lines.add(TIME.format(e.at()) + "  " + e.kind().zh + " " + e.kind().en + " · "
                    + (e.actor() == null ? "系统 platform" : e.actor()) + " · " + e.details());
        }
        lines.add("");
        lines.add("# 文件 Documents");
        for (var d : pack.documents()) {
            lines.add(d.name() + " (" + d.filename() + ", " + d.mimeType() + ", " + d.size() + " bytes) · "
                    + d.uploadedBy() + " · " + TIME.format(d.uploadedAt()));
            lines.add("  SHA-256 " + d.sha256() + " · " + (d.matches() == null ? "存档无文件 not on file"
                    : d.matches() ? "存档一致 stored bytes match" : "存档不一致 STORED BYTES DIFFER"));
        }
        lines.add("");
        lines.add("# 规则 Rules applied");
        for (var d : pack.rules().decisions()) {
            lines.add("DMN " + d.decisionKey() + " v" + d.version() + " · " + TIME.format(d.evaluatedAt()));
        }
        for (var s : pack.rules().settings()) {
            lines.add(s.get("check") + ": " + s.get("values"));
            if (s.get("inForce") instanceof List<?> inForce) {
                for (Object each : inForce) {
                    if (each instanceof RulesInForce.RuleValue rule) {
                        lines.add("  " + rule.nameZh() + " " + rule.nameEn() + " = " + rule.value() + " "
                                + rule.unit() + " · 自 since " + rule.effectiveFrom());
                    }
                }
            }
        }
        lines.add("");
        lines.add("# 保证金 Deposit ledger");
        for (var p : pack.depositLedger()) {
            lines.add(p.paymentReference() + " · " + p.amount().toPlainString() + " CNY · 退 refund "
                    + p.refund().toPlainString() + " · 待缴 outstanding "
                    + (p.outstanding() == null ? "—" : p.outstanding().toPlainString()));
        }
        lines.add("");
        lines.add("# 通知 Notifications sent");
        for (var n : pack.notifications()) {
            lines.add(TIME.format(n.createdAt()) + " · " + n.event() + " · " + n.recipient() + " · " + n.subject()
                    + (n.deliveredAt() == null ? " · 未发出 not delivered" : ""));
        }
        return lines;
    }

    /** Lays lines out top to bottom, wrapping at the margin and starting a page when one is full. */
    private static final class Writer {

        private final PDDocument document;
        private final PDType0Font font;
        private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        private PDPageContentStream page;
        private float y;

        Writer(PDDocument document, PDType0Font font) {
            this.document = document;
            this.font = font;
        }

        void lines(List<String> lines) throws IOException {
            newPage();
            for (String line : lines) {
                boolean heading = line.startsWith("# ");
                float size = heading ? SIZE + 3 : SIZE;
                for (String part : wrap(heading ? line.substring(2) : line, size)) {
                    if (y < MARGIN) {
                        newPage();
                    }
                    page.beginText();
                    page.setFont(font, size);
                    page.newLineAtOffset(MARGIN, y);
                    page.showText(part);
                    page.endText();
                    y -= heading ? LEADING + 4 : LEADING;
                }
            }
            page.close();
        }

        private void newPage() throws IOException {
            if (page != null) {
                page.close();
            }
            var p = new PDPage(PDRectangle.A4);
            document.addPage(p);
            page = new PDPageContentStream(document, p);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        /** A character the font lacks would fail the whole PDF: it shows as a question mark instead. */
        private String drawable(String ch) {
            try {
                font.encode(ch);
                return ch;
            } catch (IllegalArgumentException | IOException missing) {
                return "?";
            }
        }

        private List<String> wrap(String text, float size) throws IOException {
            var parts = new ArrayList<String>();
            var current = new StringBuilder();
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                String ch = drawable(new String(Character.toChars(cp)));
                if (font.getStringWidth(current + ch) / 1000 * size > width) {
                    parts.add(current.toString());
                    current.setLength(0);
                }
                current.append(ch);
            }
            parts.add(current.toString());
            return parts;
        }
    }
}
