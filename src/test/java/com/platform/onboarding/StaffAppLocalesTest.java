package com.platform.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The staff apps speak Chinese from our own files, next to the engine's English. The webjar on the classpath is the
 * reference: a Camunda upgrade that adds or changes a key fails here, naming the key, instead of showing English (or a
 * raw key) in the middle of a Chinese page.
 */
class StaffAppLocalesTest {

    private static final String APP = "META-INF/resources/webjars/camunda/app/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(.*?)}}");

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void everyEnglishKeyHasAChineseTranslationWithTheSamePlaceholders(String app) {
        var en = json(webjar(APP + app + "/locales/en.json"));
        var zh = json(ours(APP + app + "/locales/zh.json"));
        var problems = new ArrayList<String>();

        compare("", en, zh, problems);
        extraKeys("", en, zh, problems);

        assertThat(problems).as("%s zh.json against 7.24's en.json", app).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void eachAppOffersChineseFirstAndFallsBackToEnglish(String app) {
        var config = text(ours(APP + app + "/scripts/config.js"));
        assertThat(config)
                .containsPattern("availableLocales:\\s*\\[\\s*'zh',\\s*'en'\\s*]")
                .containsPattern("fallbackLocale:\\s*'en'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void eachAppHidesTheVendorsMigrationBanner(String app) {
        assertThat(text(ours(APP + app + "/styles/user-styles.css")))
                .containsPattern("\\.ce-eol-banner\\s*\\{\\s*display:\\s*none\\s*!important;?\\s*}");
    }

    @Test
    void tasklistIsTheEnginesOwnPageWithoutCreateTaskStartProcessAndShortcuts() {
        var ours = text(ours(APP + "tasklist/index.html"));
        var base = Pattern.compile("<base[^>]*>", Pattern.DOTALL).matcher(ours);
        assertThat(base.find()).as("a <base> tag").isTrue();
        var excluded = Pattern.compile("cam-exclude-plugins=\"([^\"]*)\"").matcher(base.group());
        assertThat(excluded.find()).as("cam-exclude-plugins on <base>").isTrue();
        assertThat(excluded.group(1).split(",\\s*")).containsExactlyInAnyOrder(
                "tasklist.navbar.action:create-task-action",
                "tasklist.navbar.action:start-process-action",
                "tasklist.navbar.action:shortcut-help");

        // Only that attribute differs: the rest follows the engine's page, so an upgrade that changes it fails here.
        var withoutExclusion = ours.replaceFirst("\"\\s*cam-exclude-plugins=\"[^\"]*\"", "\"");
        assertThat(withoutExclusion).isEqualTo(text(webjar(APP + "tasklist/index.html")));
    }

    private static void compare(String path, JsonNode en, JsonNode zh, List<String> problems) {
        if (en.isContainerNode()) {
            var names = en.isObject() ? fieldNames(en) : indices(en);
            for (var name : names) {
                var child = path.isEmpty() ? name : path + "." + name;
                var enChild = en.isObject() ? en.get(name) : en.get(Integer.parseInt(name));
                var zhChild = zh == null ? null : zh.isObject() ? zh.get(name)
                        : zh.isArray() ? zh.get(Integer.parseInt(name)) : null;
                if (zhChild == null) {
                    problems.add("missing: " + child);
                } else {
                    compare(child, enChild, zhChild, problems);
                }
            }
            return;
        }
        if (!en.isTextual()) {
            return;
        }
        var english = en.asText();
        var chinese = zh.asText();
        if (english.equals(chinese) && english.trim().split("\\s+").length > 3) {
            problems.add("untranslated: " + path + " = " + english);
        }
        if (!placeholders(english).equals(placeholders(chinese))) {
            problems.add("placeholders differ: " + path + " " + placeholders(english) + " vs " + placeholders(chinese));
        }
    }

    private static void extraKeys(String path, JsonNode en, JsonNode zh, List<String> problems) {
        if (!zh.isObject()) {
            return;
        }
        for (var name : fieldNames(zh)) {
            var child = path.isEmpty() ? name : path + "." + name;
            if (en == null || !en.has(name)) {
                problems.add("not in 7.24's English file (stale?): " + child);
            } else {
                extraKeys(child, en.get(name), zh.get(name), problems);
            }
        }
    }

    private static Set<String> placeholders(String text) {
        return PLACEHOLDER.matcher(text).results().map(m -> m.group(1).replaceAll("\\s", ""))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<String> fieldNames(JsonNode node) {
        var names = new ArrayList<String>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> indices(JsonNode array) {
        var indices = new ArrayList<String>();
        for (int i = 0; i < array.size(); i++) {
            indices.add(String.valueOf(i));
        }
        return indices;
    }

    /** The webjar and our resources hold files under the same path; the webjar's is the one inside a jar. */
    private static URL webjar(String path) {
        return resources(path).stream().filter(url -> url.getProtocol().equals("jar")).findFirst()
                .orElseThrow(() -> new AssertionError("not in the Camunda webjar: " + path));
    }

    private static URL ours(String path) {
        return resources(path).stream().filter(url -> !url.getProtocol().equals("jar")).findFirst()
                .orElseThrow(() -> new AssertionError("not in our resources: " + path));
    }

    private static List<URL> resources(String path) {
        try {
            return Collections.list(StaffAppLocalesTest.class.getClassLoader().getResources(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(URL url) {
        try (var in = url.openStream()) {
            var text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode json(URL url) {
        try {
            return JSON.readTree(text(url));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
