package com.platform.onboarding.process.onboarding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.spin.json.SpinJsonNode;

/**
 * The prefixes the required-qualifications decision named, as stored: a JSON array (what the model writes, readable in
 * Cockpit and the forms), or the Java list that instances started before that still carry.
 */
public final class RequiredQualifications {

    public static List<String> of(Object stored) {
        var prefixes = new ArrayList<String>();
        if (stored instanceof SpinJsonNode json && json.isArray()) {
            json.elements().forEach(element -> prefixes.add(element.stringValue()));
        } else if (stored instanceof Collection<?> list) {
            list.forEach(element -> prefixes.add(String.valueOf(element)));
        }
        return prefixes;
    }

    private RequiredQualifications() {}
}
