package com.platform.onboarding.qualification;

import java.util.Arrays;
import java.util.Optional;

/** What a merchant calls a qualification, by the prefix its fields and documents carry (e.g. overseasEntity). */
public final class QualificationNames {

    public record Name(String zh, String en) {}

    public static Optional<Name> of(String prefix) {
        return Arrays.stream(QualificationType.values()).filter(t -> t.prefix.equals(prefix)).findFirst()
                .map(t -> new Name(t.nameZh, t.nameEn));
    }

    private QualificationNames() {}
}
