package org.escrowbootstrap.model;

import java.util.Locale;
import java.util.Optional;

/** Where the content block sits vertically ({@code --messageposition}). */
public enum VerticalPosition {
    TOP,
    CENTRE,
    BOTTOM;

    public static Optional<VerticalPosition> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "top":
                return Optional.of(TOP);
            case "centre":
            case "center":
                return Optional.of(CENTRE);
            case "bottom":
                return Optional.of(BOTTOM);
            default:
                return Optional.empty();
        }
    }
}
