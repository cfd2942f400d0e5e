package com.platform.onboarding.process;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The one clock for "now": the engine's. Timers, due dates and the records our own code stamps must agree on what
 * day it is, and tests (or a replay) move the engine's clock with {@code ClockUtil}; with nobody moving it, it is the
 * system clock. Domain code takes a {@link Clock} and so never hears of the engine.
 */
@Component
class EngineClock extends Clock {

    @Override
    public Instant instant() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        // Nobody here needs another zone for an instant; business days take the platform zone explicitly.
        throw new UnsupportedOperationException("The engine clock gives instants; convert with the business zone");
    }
}
