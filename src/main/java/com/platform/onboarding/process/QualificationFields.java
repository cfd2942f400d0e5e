package com.platform.onboarding.process;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A qualification as a task takes it: the same six fields behind the qualification's prefix ({prefix}HolderName,
 * {prefix}Number, ...), in the onboarding's upload and in a renewal alike.
 */
public final class QualificationFields {

    public static final String HOLDER_NAME = "HolderName";
    public static final String NUMBER = "Number";
    public static final String CATEGORIES = "Categories";
    public static final String VALID_FROM = "ValidFrom";
    public static final String VALID_UNTIL = "ValidUntil";
    public static final String DOCUMENT = "Document";

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
