package org.escrowbootstrap.model;

import java.util.Locale;

/**
 * An SF Symbol drawn on a button beside its label: swiftDialog's {@code --button1symbol}, {@code --button2symbol} and
 * {@code --infobuttonsymbol}.
 *
 * @param name the symbol's name, as {@link SfSymbols#match} reads it
 * @param position where the symbol sits relative to the label
 * @param size the symbol's height in points (swiftDialog's default is 16)
 * @param colour the symbol's colour, or null for the label's own colour (swiftDialog's {@code .primary})
 * @param colour2 the secondary layer's colour (a palette's second colour), or null for the first colour lightened,
 *     as every symbol look-alike of ours draws it
 */
public record ButtonSymbol(String name, Position position, double size, Colour colour, Colour colour2) {

    /** swiftDialog's symbol size on a button when none is given, in points. */
    public static final double DEFAULT_SIZE = 16;

    /** Where the symbol sits: before, after, above or below the label (swiftDialog's {@code IconPosition}). */
    public enum Position {
        LEADING,
        TRAILING,
        TOP,
        BOTTOM;

        /** The position a word names, or null for a word that is not one. */
        public static Position parse(String word) {
            return switch (word.strip().toLowerCase(Locale.ROOT)) {
                case "leading" -> LEADING;
                case "trailing" -> TRAILING;
                case "top" -> TOP;
                case "bottom" -> BOTTOM;
                default -> null;
            };
        }
    }

    public ButtonSymbol {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a button symbol needs a name");
        }
        position = position == null ? Position.LEADING : position;
        if (!(size > 0) || size > 200) {
            throw new IllegalArgumentException("a button symbol's size must be above 0 and at most 200: " + size);
        }
    }
}
