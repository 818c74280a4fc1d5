package org.escrowbootstrap.model;

import java.util.Locale;
import java.util.Optional;

/**
 * How check boxes are drawn: {@code --checkboxstyle checkbox|switch[,mini|small|regular|large]}.
 *
 * @param switches draw switches instead of boxes (and show the boxes' icons, as swiftDialog does only then)
 * @param size the control size
 */
public record CheckboxStyle(boolean switches, Size size) {

    /** swiftDialog's control sizes. */
    public enum Size {
        MINI,
        SMALL,
        REGULAR,
        LARGE;

        public static Optional<Size> parse(String text) {
            return switch (text.strip().toLowerCase(Locale.ROOT)) {
                case "mini" -> Optional.of(MINI);
                case "small" -> Optional.of(SMALL);
                case "regular" -> Optional.of(REGULAR);
                case "large" -> Optional.of(LARGE);
                default -> Optional.empty();
            };
        }
    }

    public CheckboxStyle {
        size = size == null ? Size.REGULAR : size;
    }

    public static CheckboxStyle defaults() {
        return new CheckboxStyle(false, Size.REGULAR);
    }
}
