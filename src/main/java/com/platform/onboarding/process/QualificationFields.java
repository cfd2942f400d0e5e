package com.platform.onboarding.process;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A qualification as a task takes it: the same six fields behind the qualification's prefix ({prefix}HolderName,
 * {prefix}Number, ...), in the onboarding's upload and in a renewal alike, which share one form.
 */
public final class QualificationFields {

    public static final String HOLDER_NAME = "HolderName";
    public static final String NUMBER = "Number";
    public static final String CATEGORIES = "Categories";
    public static final String VALID_FROM = "ValidFrom";
    public static final String VALID_UNTIL = "ValidUntil";
    public static final String DOCUMENT = "Document";

    /** The qualifications the form shows, as text, and the issues found last time: the one upload form's own. */
    public static final String REQUIRED_TEXT = "requiredQualificationsText";
    public static final String ISSUES = "qualificationIssues";

    static final List<String> SUFFIXES = List.of(HOLDER_NAME, NUMBER, CATEGORIES, VALID_FROM, VALID_UNTIL, DOCUMENT);

    /** Every field of the qualifications with these prefixes; none for none. */
    public static Set<String> of(Collection<String> prefixes) {
        var fields = new HashSet<String>();
        for (String prefix : prefixes == null ? List.<String>of() : prefixes) {
            SUFFIXES.forEach(suffix -> fields.add(prefix + suffix));
        }
        return fields;
    }

    private QualificationFields() {}
}
