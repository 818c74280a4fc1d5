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
 * @param blurScreen a dimmed backdrop covers every screen behind the window ({@code --blurscreen})
 * @param buttons the title-bar buttons ({@code --windowbuttons}); none by default
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
        char quitKey,
        boolean blurScreen,
        WindowButtons buttons) {

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
        if (buttons == null) {
            buttons = WindowButtons.none();
        }
    }

    /** A window without a backdrop or title-bar buttons. */
    public WindowSpec(
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
        this(
                width,
                widthPercent,
                height,
                heightPercent,
                scale,
                position,
                moveable,
                onTop,
                appearance,
                quitKey,
                false,
                WindowButtons.none());
    }

    public static WindowSpec defaults() {
        return new WindowSpec(DEFAULT_WIDTH, false, DEFAULT_HEIGHT, false, 1.0, null, false, false, null, 'q');
    }

    public WindowSpec withSize(int newWidth, int newHeight) {
        return new WindowSpec(
                newWidth,
                false,
                newHeight,
                false,
                scale,
                position,
                moveable,
                onTop,
                appearance,
                quitKey,
                blurScreen,
                buttons);
    }

    /** This window, dragged by its background when {@code canMove}, above other windows when {@code above}. */
    public WindowSpec withPlacement(boolean canMove, boolean above) {
        return new WindowSpec(
                width,
                widthPercent,
                height,
                heightPercent,
                scale,
                position,
                canMove,
                above,
                appearance,
                quitKey,
                blurScreen,
                buttons);
    }

    public WindowSpec withAppearance(Appearance value) {
        return new WindowSpec(
                width,
                widthPercent,
                height,
                heightPercent,
                scale,
                position,
                moveable,
                onTop,
                value,
                quitKey,
                blurScreen,
                buttons);
    }

    /** This window with or without the dimmed backdrop over every screen. */
    public WindowSpec withBlurScreen(boolean value) {
        return new WindowSpec(
                width,
                widthPercent,
                height,
                heightPercent,
                scale,
                position,
                moveable,
                onTop,
                appearance,
                quitKey,
                value,
                buttons);
    }

    public WindowSpec withButtons(WindowButtons value) {
        return new WindowSpec(
                width,
                widthPercent,
                height,
                heightPercent,
                scale,
                position,
                moveable,
                onTop,
                appearance,
                quitKey,
                blurScreen,
                value);
    }
}
