package org.commonground.auth;

import java.time.Duration;
import java.time.Instant;

/** Counts attempts per key in fixed windows. */
public interface RateLimits {
    /** Counts one attempt; false once {@code max} attempts have been made in the current window. */
    boolean allow(String key, int max, Duration window, Instant now);

    /** Drops the key's window, as if no attempt had been made (a rehearsal's counters, deleted with it); limits kept nowhere have nothing to drop. */
    default void forget(String key) { }
}
