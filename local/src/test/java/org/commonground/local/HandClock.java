package org.commonground.local;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a test moves by hand, for schedules and time windows. */
public final class HandClock extends Clock {
    volatile Instant now;

    public HandClock(Instant now) { this.now = now; }

    /** Moves the clock on by {@code by}. */
    public void move(java.time.Duration by) { now = now.plus(by); }

    @Override public ZoneId getZone() { return ZoneOffset.UTC; }
    @Override public Clock withZone(ZoneId zone) { return this; }
    @Override public Instant instant() { return now; }
}
