package org.escrowbootstrap.model;

/**
 * The window itself: size, scale, place and behaviour.
 *
 * @param width points, before scaling
 * @param widthPercent when true, {@code width} is a percentage of the screen width
 * @param height points, before scaling
 * @param heightPercent when true, {@code height} is a percentage of the screen height
 * @param scale 0.75 ({@code --small}), 1 or 1.25 ({@code --big})
 * @param position where it opens
 * @param moveable the user may drag it
 * @param onTop it floats above other windows
 * @param appearance light, dark or the system's
 * @param quitKey the character that, with Cmd (macOS) or Ctrl, quits with exit 10
 */
public record WindowSpec(
        int width,
        boolean widthPercent,
        int height,
        boolean heightPercent,
        double scale,
        WindowPosition position,
        boolean moveable,
        boolean onTop,
        Appearance appearance,
        char quitKey) {

    public static final int DEFAULT_WIDTH = 820;
    public static final int DEFAULT_HEIGHT = 380;

    /** Light, dark, or whatever the system uses. */
    public enum Appearance {
        SYSTEM,
        LIGHT,
        DARK
    }

    public WindowSpec {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("window size must be positive: " + width + "x" + height);
        }
        if ((widthPercent && width > 100) || (heightPercent && height > 100)) {
            throw new IllegalArgumentException("a percentage size must be at most 100");
        }
        if (!(scale > 0.1 && scale < 4)) {
            throw new IllegalArgumentException("scale out of range: " + scale);
        }
        if (position == null) {
            position = WindowPosition.of(WindowPosition.Keyword.DEFAULT);
        }
        if (appearance == null) {
            appearance = Appearance.SYSTEM;
        }
        if (quitKey == 0) {
            quitKey = 'q';
        }
    }

    public static WindowSpec defaults() {
        return new WindowSpec(DEFAULT_WIDTH, false, DEFAULT_HEIGHT, false, 1.0, null, false, false, null, 'q');
    }

    public WindowSpec withSize(int newWidth, int newHeight) {
        return new WindowSpec(newWidth, false, newHeight, false, scale, position, moveable, onTop, appearance, quitKey);
    }

    /** This window, dragged by its background when {@code canMove}, above other windows when {@code above}. */
    public WindowSpec withPlacement(boolean canMove, boolean above) {
        return new WindowSpec(
                width, widthPercent, height, heightPercent, scale, position, canMove, above, appearance, quitKey);
    }

    public WindowSpec withAppearance(Appearance value) {
        return new WindowSpec(
                width, widthPercent, height, heightPercent, scale, position, moveable, onTop, value, quitKey);
    }
}
