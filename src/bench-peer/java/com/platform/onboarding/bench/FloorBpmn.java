package com.platform.onboarding.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The floor of {@link Journeys#floorModel()} as BPMN XML, from one description in the dialect of either engine: the
 * same elements, ids and expressions; only the extension namespace and the name of "asynchronous before" differ.
 */
final class FloorBpmn {

    /** How an engine spells its extensions. */
    record Dialect(String prefix, String namespace, String asyncBefore, String processAttributes) {
        // Camunda 7.20+ refuses a model without a history time to live; Flowable has no such attribute.
        static final Dialect CAMUNDA = new Dialect("camunda", "http://camunda.org/schema/1.0/bpmn", "asyncBefore",
                " camunda:historyTimeToLive=\"1\"");
        static final Dialect FLOWABLE = new Dialect("flowable", "http://flowable.org/bpmn", "async", "");
    }

    private FloorBpmn() {}

    static String write(Dialect d) {
        String x = d.prefix() + ":";
        var nodes = new ArrayList<String>(List.of("<startEvent id=\"started\"/>",
                "<userTask id=\"task-1\" " + x + "assignee=\"${assignee}\"/>",
                "<userTask id=\"task-2\" " + x + "assignee=\"${assignee}\"/>", job(x, d, "check"),
                "<userTask id=\"task-3\" " + x + "candidateGroups=\"reviewers\"/>",
                "<userTask id=\"task-4\" " + x + "candidateGroups=\"reviewers\"/>",
                "<intermediateCatchEvent id=\"paid\"><messageEventDefinition messageRef=\"paid-message\"/>"
                        + "</intermediateCatchEvent>", job(x, d, "record")));
        for (int job = 1; job <= 3; job++) {
            nodes.add(job(x, d, "job-" + job));
        }
        nodes.add("<endEvent id=\"ended\"/>");
        var process = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            process.append("    ").append(nodes.get(i)).append('\n');
            if (i + 1 < nodes.size()) {
                process.append("    <sequenceFlow id=\"flow-").append(i + 1).append("\" sourceRef=\"")
                        .append(id(nodes.get(i))).append("\" targetRef=\"").append(id(nodes.get(i + 1)))
                        .append("\"/>\n");
            }
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:%s="%s"
                    targetNamespace="https://platform.com/onboarding/bench">
                  <message id="paid-message" name="%s"/>
                  <process id="%s" isExecutable="true"%s>
                %s  </process>
                </definitions>
                """.formatted(d.prefix(), d.namespace(), Journeys.FLOOR_MESSAGE, Journeys.FLOOR_KEY,
                d.processAttributes(), process);
    }

    /** An asynchronous no-op step: a job. */
    private static String job(String x, Dialect d, String id) {
        return "<serviceTask id=\"" + id + "\" " + x + d.asyncBefore() + "=\"true\" " + x + "expression=\"${true}\"/>";
    }

    private static String id(String element) {
        int start = element.indexOf("id=\"") + 4;
        return element.substring(start, element.indexOf('"', start));
    }
}
