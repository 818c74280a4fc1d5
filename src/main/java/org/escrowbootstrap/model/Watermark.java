package org.escrowbootstrap.model;

/**
 * A picture drawn behind a dialog's whole content ({@code --background}), as swiftDialog's watermark layer.
 *
 * @param image the picture, or a {@code colour=}/{@code gradient=} fill; {@link ImageRef.None} for no watermark
 * @param alpha its opacity, 0 (invisible) to 1 (opaque); swiftDialog's default is 0.5. Fills are always opaque, as
 *     swiftDialog draws them.
 * @param position where it sits in the window
 * @param fill how it is scaled to the window
 */
public record Watermark(ImageRef image, double alpha, Position position, Fill fill) {

    public static final double DEFAULT_ALPHA = 0.5;

    /** swiftDialog's nine places; anything else is the centre. */
    public enum Position {
        TOPLEFT(0, 0),
        TOP(0.5, 0),
        TOPRIGHT(1, 0),
        LEFT(0, 0.5),
        CENTER(0.5, 0.5),
        RIGHT(1, 0.5),
        BOTTOMLEFT(0, 1),
        BOTTOM(0.5, 1),
        BOTTOMRIGHT(1, 1);

        /** 0 left, 0.5 centre, 1 right. */
        public final double x;
        /** 0 top, 0.5 middle, 1 bottom. */
        public final double y;

        Position(double x, double y) {
            this.x = x;
            this.y = y;
        }
    }

    /** How the picture meets the window. */
    public enum Fill {
        /** At its own size: cut off by the window's edges when larger. */
        NONE,
        /** Scaled to cover the whole window, its overflow cut off. */
        FILL,
        /** Scaled to fit inside the window, uncut. */
        FIT
    }

    public Watermark {
        image = image == null ? ImageRef.none() : image;
        if (!(alpha >= 0 && alpha <= 1)) {
            throw new IllegalArgumentException("watermark opacity must be between 0 and 1: " + alpha);
        }
        position = position == null ? Position.CENTER : position;
        fill = fill == null ? Fill.NONE : fill;
    }

    public static Watermark none() {
        return new Watermark(ImageRef.none(), DEFAULT_ALPHA, Position.CENTER, Fill.NONE);
    }

    public boolean present() {
        return !image.isNone();
    }
}
