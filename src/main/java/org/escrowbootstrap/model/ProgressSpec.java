package org.escrowbootstrap.model;

/**
 * A progress bar with a line of text under it ({@code --progress}, {@code --progresstext}).
 *
 * @param total number of steps, or 0 for an indeterminate (busy) bar
 * @param value steps done
 * @param text the line under the bar, or null
 */
public record ProgressSpec(int total, int value, String text) {

    public ProgressSpec {
        if (total < 0 || value < 0) {
            throw new IllegalArgumentException("progress must not be negative");
        }
        value = Math.min(value, Math.max(total, 0));
    }

    public static ProgressSpec busy(String text) {
        return new ProgressSpec(0, 0, text);
    }

    public boolean indeterminate() {
        return total == 0;
    }

    public ProgressSpec withText(String newText) {
        return new ProgressSpec(total, value, newText);
    }
}
