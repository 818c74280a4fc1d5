package org.escrowbootstrap.model;

/**
 * The title-bar buttons of {@code --windowbuttons}: which of close, minimise and maximise the window offers.
 *
 * <p>swiftDialog's window has none unless the option is given; the option alone offers all three, and a list such as
 * {@code min,max} offers only those named.
 *
 * @param close the close button (the dialog ends with exit 15, as swiftDialog's)
 * @param minimise the minimise button
 * @param maximise the maximise (zoom) button
 */
public record WindowButtons(boolean close, boolean minimise, boolean maximise) {

    private static final WindowButtons NONE = new WindowButtons(false, false, false);
    private static final WindowButtons ALL = new WindowButtons(true, true, true);

    /** No title bar at all: swiftDialog's default. */
    public static WindowButtons none() {
        return NONE;
    }

    /** Close, minimise and maximise: {@code --windowbuttons} without a list. */
    public static WindowButtons all() {
        return ALL;
    }

    /** Whether the window needs a title bar for any of them. */
    public boolean any() {
        return close || minimise || maximise;
    }
}
