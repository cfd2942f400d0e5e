package com.platform.onboarding.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The trail is never changed by the product, and a PDF without its font says which setting to fix. */
class AuditTrailAppendOnlyTest {

    private static final Pattern CHANGE = Pattern.compile("(?is)(update\\s+audit_event|delete\\s+from\\s+audit_event"
            + "|truncate\\s+table\\s+audit_event|merge\\s+into\\s+audit_event)");

    @Test
    void noProductionCodeOrMigrationUpdatesOrDeletesTheTrail() throws IOException {
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/java")),
                Files.walk(Path.of("src/main/resources/db")))) {
            var offenders = files.filter(Files::isRegularFile).filter(f -> {
                try {
                    return CHANGE.matcher(Files.readString(f)).find();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            assertThat(offenders).isEmpty();
        }
        assertThat(CHANGE.matcher("jdbc.sql(\"delete from audit_event where id = ?\")").find())
                .as("the guard itself finds a delete").isTrue();
    }

    @Test
    void aMissingFontIsRefusedNamingTheSetting() {
        var pdf = new AuditPackPdf(new File("/nowhere/no-font.ttc"));
        assertThatThrownBy(() -> pdf.render(null)).isInstanceOf(AuditPackPdf.FontMissing.class)
                .hasMessageContaining("onboarding.audit-pack.font").hasMessageContaining("/nowhere/no-font.ttc");
    }
}
