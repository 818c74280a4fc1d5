package org.escrowbootstrap.model;

import java.util.Locale;

/**
 * A countdown that ends the dialog with exit 4 ({@code --timer}).
 *
 * @param seconds length of the countdown
 * @param hideBar no countdown bar ({@code --hidetimerbar}); button 1 is then enabled from the start
 */
public record TimerSpec(int seconds, boolean hideBar) {

    public static final int DEFAULT_SECONDS = 10;

    public TimerSpec {
        if (seconds <= 0) {
            throw new IllegalArgumentException("timer must be at least one second: " + seconds);
        }
    }

    /** Remaining time as swiftDialog shows it: {@code s}, {@code m:ss} or {@code h:mm:ss}, in ASCII digits whatever the locale. */
    public static String format(int remaining) {
        int s = Math.max(0, remaining);
        if (s < 60) {
            return Integer.toString(s);
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
    }
}
