package org.escrowbootstrap.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that stands still until a test moves it (test-only); thread-safe. */
public final class ManualClock extends Clock {

    private final ZoneId zone;
    private Instant now;

    public ManualClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    /** A clock at {@code time} in UTC, e.g. {@code at("2026-11-28T09:41:00")}. */
    public static ManualClock at(String localDateTime) {
        return new ManualClock(LocalDateTime.parse(localDateTime).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    public synchronized void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new ManualClock(instant(), newZone);
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }
}
