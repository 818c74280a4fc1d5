package org.escrowbootstrap.model;

/**
 * The icon column: the icon, its overlay badge and their size.
 *
 * @param icon the main icon
 * @param overlay a badge drawn bottom-right of the icon, or {@link ImageRef.None}
 * @param size width of the icon column in points (default 150)
 * @param hidden no icon column ({@code --hideicon})
 * @param centred icon centred above the message instead of in the left column
 * @param altText the icon's accessible description
 * @param alpha the icon's opacity, 0 to 1 ({@code --iconalpha}); null means opaque (a spec from before it existed)
 */
public record IconSpec(
        ImageRef icon, ImageRef overlay, int size, boolean hidden, boolean centred, String altText, Double alpha) {

    public static final int DEFAULT_SIZE = 150;

    public IconSpec {
        if (icon == null) {
            icon = ImageRef.none();
        }
        if (overlay == null) {
            overlay = ImageRef.none();
        }
        if (size <= 0 || size > 2000) {
            throw new IllegalArgumentException("icon size out of range: " + size);
        }
        if (altText == null || altText.isBlank()) {
            altText = "Dialog Icon";
        }
        if (alpha == null || !(alpha >= 0)) {
            alpha = 1.0;
        }
        alpha = Math.min(1.0, alpha);
    }

    /** An opaque icon. */
    public IconSpec(ImageRef icon, ImageRef overlay, int size, boolean hidden, boolean centred, String altText) {
        this(icon, overlay, size, hidden, centred, altText, 1.0);
    }

    public static IconSpec defaults() {
        return new IconSpec(new ImageRef.Builtin("default"), ImageRef.none(), DEFAULT_SIZE, false, false, null);
    }

    public static IconSpec of(ImageRef icon, ImageRef overlay) {
        return new IconSpec(icon, overlay, DEFAULT_SIZE, false, false, null);
    }

    /** Whether an icon is drawn at all: not hidden and not {@code none}. */
    public boolean visible() {
        return !hidden && !icon.isNone();
    }

    public IconSpec withOverlay(ImageRef value) {
        return new IconSpec(icon, value, size, hidden, centred, altText, alpha);
    }

    public IconSpec withAlpha(double value) {
        return new IconSpec(icon, overlay, size, hidden, centred, altText, value);
    }
}
