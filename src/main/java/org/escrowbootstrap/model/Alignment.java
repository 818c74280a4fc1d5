package org.escrowbootstrap.model;

import java.util.Locale;
import java.util.Optional;

/** Horizontal alignment of a text block. */
public enum Alignment {
    LEFT,
    CENTRE,
    RIGHT;

    /** Accepts swiftDialog's spellings: {@code left}, {@code centre}, {@code center}, {@code right}. */
    public static Optional<Alignment> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "left":
                return Optional.of(LEFT);
            case "centre":
            case "center":
                return Optional.of(CENTRE);
            case "right":
                return Optional.of(RIGHT);
            default:
                return Optional.empty();
        }
    }
}
