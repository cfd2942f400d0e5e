package com.platform.onboarding.process;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The fields each task of one model takes. A completion could otherwise write any process variable, including those
 * that decide (the deposit, who reviewed, the tier, what was agreed), so everything else is refused. Each model's
 * package declares its own tasks; TaskInputGuard asks them all.
 */
public interface TaskInputs {

    /**
     * The fields the task takes, or empty when the task is not one of this model's.
     *
     * @param variable the task's variables by name, for tasks whose fields depend on the case
     */
    Optional<Set<String>> of(String taskKey, Function<String, Object> variable);

    /** What this model's forms show and may hand back unasked, which a completion drops: never a task input. */
    default Set<String> shown() {
        return Set.of();
    }
}
