package com.platform.onboarding.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.platform.onboarding.process.delivery.NotificationDelivery;
import com.platform.onboarding.process.expirywatch.QualificationExpiryWatch;
import com.platform.onboarding.process.onboarding.MerchantOnboarding;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Group;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The house rules for models and forms, checked on the files in bpmn/ and forms/ as people edit them. */
class ModelConventionsTest {

    static final Path BPMN = Path.of("bpmn");
    static final Path FORMS = Path.of("forms");
    static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    static final Pattern GENERATED = Pattern.compile("(?i).*_[0-9a-z]{6,}$|^(activity|gateway|flow|event|task|sid)[-_].*");
    static final Pattern VARIABLE = Pattern.compile("[a-z][A-Za-z0-9]*");
    static final Pattern TEMPLATE = Pattern.compile("\\{\\{(.*?)}}", Pattern.DOTALL);
    /**
     * What a text component may fill in: markets, which a merchant chooses from a list but never types (codes the
     * registration rules accept), and a review file's links (documents, the audit pack), which our code builds from our
     * application id and our words (never the stored file name).
     */
    static final Set<String> OUR_WORDS = Set.of("overseasMarkets", "documentUrl", "documentLabel",
            "reviewFile.auditPackUrl");
    /** The lists a text component may loop over: each item's fields are then checked as above. */
    static final Set<String> OUR_LISTS = Set.of("reviewFile.qualifications");
    /** A review file's part, shown by disabled fields: a path into the task's reviewFile. */
    static final Pattern REVIEW_FILE_PATH = Pattern.compile("reviewFile(\\.[a-z][A-Za-z0-9]*)+");

    static Stream<Path> models() throws IOException {
        try (var files = Files.list(BPMN)) {
            return files.filter(f -> f.toString().endsWith(".bpmn")).toList().stream();
        }
    }

    static Stream<Path> camundaForms() throws IOException {
        try (var files = Files.list(FORMS)) {
            return files.filter(f -> f.toString().endsWith(".form")).toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("models")
    void theFileIsNamedAfterTheProcessAndKeepsItsHistoryForADefinedTime(Path file) {
        var model = Bpmn.readModelFromFile(file.toFile());
        var process = model.getModelElementsByType(Process.class).iterator().next();
        assertThat(file.getFileName().toString()).isEqualTo(process.getId() + ".bpmn");
        assertThat(process.getCamundaHistoryTimeToLiveString()).isNotBlank();
    }

    @ParameterizedTest
    @MethodSource("models")
    void everyIdIsMeaningfulKebabCaseAndNeverGenerated(Path file) {
        var model = Bpmn.readModelFromFile(file.toFile());
        var ids = model.getModelElementsByType(BaseElement.class).stream().map(BaseElement::getId).filter(Objects::nonNull).toList();
        assertThat(ids).isNotEmpty();
        assertThat(ids).allSatisfy(id -> {
            assertThat(id).matches(KEBAB);
            assertThat(id).doesNotMatch(GENERATED);
        });
    }

    @ParameterizedTest
    @MethodSource("models")
    void everyFlowNodeHasANameAndEveryDecidingGatewayAsksAQuestionWithNamedAnswers(Path file) {
        var model = Bpmn.readModelFromFile(file.toFile());
        assertThat(model.getModelElementsByType(FlowNode.class)).allSatisfy(node -> assertThat(node.getName()).isNotBlank());
        for (var gateway : model.getModelElementsByType(ExclusiveGateway.class)) {
            if (gateway.getOutgoing().size() > 1) {
                assertThat(gateway.getName()).endsWith("?");
                assertThat(gateway.getOutgoing()).allSatisfy(flow -> assertThat(flow.getName()).isNotBlank());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("models")
    void codeIsWiredByBeanExpressionsNeverByClassName(Path file) throws IOException {
        assertThat(Files.readString(file)).doesNotContain("camunda:class=");
    }

    @ParameterizedTest
    @MethodSource("models")
    void everyUserTaskHasAFormThatExistsInTheFormsFolder(Path file) {
        var model = Bpmn.readModelFromFile(file.toFile());
        for (var task : model.getModelElementsByType(UserTask.class)) {
            if (task.getCamundaFormRef() != null) {
                assertThat(FORMS.resolve(task.getCamundaFormRef() + ".form")).as(task.getId()).exists();
            } else {
                assertThat(task.getCamundaFormKey()).as(task.getId()).startsWith("embedded:deployment:forms/");
                assertThat(Path.of(task.getCamundaFormKey().substring("embedded:deployment:".length()))).exists();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("camundaForms")
    void aFormsIdIsItsFileNameAndItsInputKeysAreVariableNames(Path file) throws IOException {
        JsonNode form = new ObjectMapper().readTree(file.toFile());
        assertThat(file.getFileName().toString()).isEqualTo(form.get("id").asText() + ".form");
        // A table's columns have keys too, of its rows' fields.
        var keyed = form.findParents("key").stream().filter(field -> field.has("type")).toList();
        assertThat(keyed).isNotEmpty().allSatisfy(field -> {
            String key = field.get("key").asText();
            if (field.path("disabled").asBoolean() && REVIEW_FILE_PATH.matcher(key).matches()) {
                assertThat(field.get("id").asText()).as(key).matches(KEBAB);
            } else {
                assertThat(key).matches(VARIABLE);
                assertThat(field.get("id").asText()).isEqualTo(key);
            }
        });
        // Tasklist 7.24 counts a dynamic list's empty per-row errors as errors and never enables Complete.
        assertThat(form.findParents("type")).extracting(c -> c.get("type").asText()).doesNotContain("dynamiclist");
    }

    /**
     * Merchant text is text: a form-js {@code text} component renders markdown (and the HTML markdown lets through)
     * after filling in its {@code {{templates}}} or its FEEL expression, so a merchant name like {@code **risk
     * cleared**} or {@code <img src=x>} would be rendered, not shown. Such components hold our words, and templates
     * only of values no merchant types; values are shown by disabled fields (never submitted) and table cells (text),
     * and components made to render HTML or pages are not used.
     */
    @ParameterizedTest
    @MethodSource("camundaForms")
    void noValueIsEverRenderedAsMarkdownOrHtml(Path file) throws IOException {
        JsonNode form = new ObjectMapper().readTree(file.toFile());
        var components = form.findParents("type").stream().filter(c -> c != form).toList();
        assertThat(components).extracting(c -> c.get("type").asText()).doesNotContain("html", "iframe");
        assertThat(components).filteredOn(c -> c.get("type").asText().equals("text")).allSatisfy(text -> {
            String markdown = text.path("text").asText();
            assertThat(markdown).as(text.path("id").asText()).doesNotStartWith("=");
            assertThat(notOurWords(markdown)).as(text.path("id").asText()).isEmpty();
        });
        assertThat(components).filteredOn(c -> c.get("type").asText().equals("image"))
                .allSatisfy(image -> assertThat(image.path("source").asText()).doesNotContain("{{").doesNotStartWith("="));
    }

    @Test
    void aTemplateOfWhatAMerchantTypedIsCaught() {
        assertThat(notOurWords("商家：{{merchantName}}")).containsExactly("merchantName");
        assertThat(notOurWords("**{{reviewFile.merchant.name}}**")).containsExactly("reviewFile.merchant.name");
        assertThat(notOurWords("{{#loop reviewFile.qualifications}}{{holder}} {{number}}{{/loop}}"))
                .containsExactly("holder", "number");
        assertThat(notOurWords("{{#loop reviewFile.rounds}}{{documentLabel}}{{/loop}}"))
                .containsExactly("#loop reviewFile.rounds");
        assertThat(notOurWords("{{#if holder}}!{{/if}}")).containsExactly("#if holder");
        assertThat(notOurWords("{{#loop reviewFile.qualifications}}{{#if documentUrl}}<a href=\"{{documentUrl}}\">"
                + "{{documentLabel}}</a>{{/if}}{{/loop}} {{overseasMarkets}}")).isEmpty();
    }

    /** The templates in a text that fill in anything but our own words, as written. */
    static List<String> notOurWords(String markdown) {
        return TEMPLATE.matcher(markdown).results().map(m -> m.group(1).strip()).filter(template -> {
            if (template.equals("/loop") || template.equals("/if")) {
                return false;
            }
            if (template.startsWith("#if ")) {
                return !OUR_WORDS.contains(template.substring("#if ".length()).strip());
            }
            if (template.startsWith("#loop ")) {
                return !OUR_LISTS.contains(template.substring("#loop ".length()).strip());
            }
            return !OUR_WORDS.contains(template);
        }).toList();
    }

    static Stream<Arguments> constantsClasses() {
        return Stream.of(
                Arguments.of(MerchantOnboarding.RESOURCE, MerchantOnboarding.PROCESS_KEY, MerchantOnboarding.Elements.class),
                Arguments.of(NotificationDelivery.RESOURCE, NotificationDelivery.PROCESS_KEY,
                        NotificationDelivery.Elements.class),
                Arguments.of(QualificationExpiryWatch.RESOURCE, QualificationExpiryWatch.PROCESS_KEY,
                        QualificationExpiryWatch.Elements.class));
    }

    /**
     * The onboarding reads by phase: six groups side by side, each of its top-level nodes inside exactly one, except
     * the withdrawal, which may come in any phase. Groups are only drawn: they add no scope at run time.
     */
    @Test
    void theOnboardingsPhasesFrameEachOfItsNodesOnceWithoutOverlapping() {
        var model = Bpmn.readModelFromFile(Path.of(MerchantOnboarding.RESOURCE).toFile());
        var process = model.getModelElementById(MerchantOnboarding.PROCESS_KEY);
        Map<String, Rectangle2D> phases = new LinkedHashMap<>();
        Map<String, Rectangle2D> nodes = new LinkedHashMap<>();
        for (var shape : model.getModelElementsByType(BpmnShape.class)) {
            var bounds = shape.getBounds();
            var box = new Rectangle2D.Double(bounds.getX(), bounds.getY(), bounds.getWidth(), bounds.getHeight());
            if (shape.getBpmnElement() instanceof Group group) {
                phases.put(group.getCategory().getValue(), box);
            } else if (shape.getBpmnElement() instanceof FlowNode node && node.getParentElement() == process
                    && !node.getId().equals(MerchantOnboarding.Elements.WITHDRAWAL)) {
                nodes.put(node.getId(), box);
            }
        }
        assertThat(phases).containsOnlyKeys("Screening 准入筛查", "Overseas agreement 出海协议", "Qualifications 资质审核",
                "Factory audit 验厂", "Deposit 保证金", "Activation 开店");
        phases.forEach((one, oneBox) -> phases.forEach((other, otherBox) -> assertThat(
                one.equals(other) || !oneBox.intersects(otherBox)).as(one + " overlaps " + other).isTrue()));
        nodes.forEach((id, box) -> assertThat(phases.values().stream().filter(phase -> phase.contains(box)))
                .as(id + " lies in one phase").hasSize(1));
    }

    @ParameterizedTest
    @MethodSource("constantsClasses")
    void theConstantsClassMirrorsTheModel(String resource, String processKey, Class<?> elements) {
        BpmnModelInstance model = Bpmn.readModelFromFile(Path.of(resource).toFile());
        Set<String> nodeIds = model.getModelElementsByType(FlowNode.class).stream().map(BaseElement::getId)
                .collect(Collectors.toSet());
        nodeIds.addAll(model.getModelElementsByType(SequenceFlow.class).stream()
                .filter(flow -> flow.getName() != null).map(BaseElement::getId).toList());
        assertThat(constants(elements)).containsExactlyInAnyOrderElementsOf(nodeIds);
        assertThat((Object) model.getModelElementById(processKey)).isInstanceOf(Process.class);
    }

    private static List<String> constants(Class<?> holder) {
        var values = new ArrayList<String>();
        for (Field field : holder.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    values.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return values;
    }
}
