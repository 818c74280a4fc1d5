package org.escrowbootstrap.model;

import java.util.Locale;
import java.util.Optional;

/** swiftDialog's control sizes ({@code --buttonsize}, {@code --checkboxstyle switch,large}). */
public enum ControlSize {
    MINI(0.8f),
    SMALL(0.9f),
    REGULAR(1f),
    LARGE(1.2f);

    private final float scale;

    ControlSize(float scale) {
        this.scale = scale;
    }

    /** How much larger or smaller than regular the control's text is drawn. */
    public float scale() {
        return scale;
    }

    public static Optional<ControlSize> parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "mini" -> Optional.of(MINI);
            case "small" -> Optional.of(SMALL);
            case "regular" -> Optional.of(REGULAR);
            case "large" -> Optional.of(LARGE);
            default -> Optional.empty();
        };
    }
}
