package com.platform.onboarding;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestComponent;

/** A bean an attacker's expression would call: if it is ever touched, an expression was evaluated. */
@TestComponent("expressionProbe")
public class ExpressionProbe {

    private final AtomicInteger calls = new AtomicInteger();

    public String touch() {
        calls.incrementAndGet();
        return "nobody";
    }

    public int calls() {
        return calls.get();
    }
}
