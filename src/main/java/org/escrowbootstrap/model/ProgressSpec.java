package org.escrowbootstrap.model;

/**
 * A progress bar with a line of text under it ({@code --progress}, {@code --progresstext}, the command file's
 * {@code progress:} and {@code progresstext:}).
 *
 * <p>Steps are decimal, as swiftDialog's: a script may move the bar by 0.5 or to 33.3. A bar with no value yet is
 * busy (indeterminate), again as swiftDialog's, which starts every bar that way and goes back to it on
 * {@code progress: 0} or {@code reset}.
 *
 * @param total number of steps (swiftDialog's default 100 when none was given)
 * @param value steps done, between 0 and the total
 * @param busy indeterminate: an animated bar with no value
 * @param hidden the bar and its line are not drawn ({@code progress: hide}) but keep their state
 * @param text the line under the bar, or null
 */
public record ProgressSpec(double total, double value, boolean busy, boolean hidden, String text) {

    public static final double DEFAULT_TOTAL = 100;

    public ProgressSpec {
        if (!(total >= 0) || !(value >= 0) || Double.isInfinite(total) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("progress must be a finite number, not negative");
        }
        if (total == 0) {
            total = DEFAULT_TOTAL;
            busy = true;
        }
        value = Math.min(value, total);
    }

    /** A bar of {@code total} steps at {@code value}; busy when the total is 0. */
    public ProgressSpec(double total, double value, String text) {
        this(total, value, total == 0, false, text);
    }

    public static ProgressSpec busy(String text) {
        return new ProgressSpec(DEFAULT_TOTAL, 0, true, false, text);
    }

    public boolean indeterminate() {
        return busy;
    }

    /** How far along, from 0 to 1 (0 while busy). */
    public double fraction() {
        return busy ? 0 : value / total;
    }

    public ProgressSpec withText(String newText) {
        return new ProgressSpec(total, value, busy, hidden, newText);
    }

    /** At {@code newValue} steps (clamped to the bar), no longer busy. */
    public ProgressSpec at(double newValue) {
        return new ProgressSpec(total, Math.max(0, newValue), false, hidden, text);
    }

    public ProgressSpec asBusy() {
        return new ProgressSpec(total, 0, true, hidden, text);
    }

    public ProgressSpec withHidden(boolean value) {
        return new ProgressSpec(total, this.value, busy, value, text);
    }
}
