package org.escrowbootstrap.workflow;

import java.time.Duration;

/** Waits between status reads; tests pass one that moves their clock on instead of sleeping. */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;

    /** Really sleeps. */
    static Sleeper system() {
        return duration -> Thread.sleep(duration.toMillis());
    }
}
