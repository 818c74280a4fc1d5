package org.escrowbootstrap.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the window opens ({@code --position}): a keyword or explicit {@code x,y} from the screen's top-left.
 *
 * @param keyword the keyword, or null for explicit coordinates
 * @param x left edge in points when explicit
 * @param y top edge in points when explicit
 */
public record WindowPosition(Keyword keyword, int x, int y) {

    /** swiftDialog's position keywords. DEFAULT is centred horizontally and 15 % above the vertical centre. */
    public enum Keyword {
        DEFAULT,
        CENTRE,
        TOPLEFT,
        TOP,
        TOPRIGHT,
        LEFT,
        RIGHT,
        DEADLEFT,
        DEADRIGHT,
        BOTTOMLEFT,
        BOTTOM,
        BOTTOMRIGHT
    }

    private static final Pattern XY = Pattern.compile("\\s*(\\d{1,4})\\s*,\\s*(\\d{1,4})\\s*");

    public static WindowPosition of(Keyword keyword) {
        return new WindowPosition(keyword, 0, 0);
    }

    public static WindowPosition at(int x, int y) {
        return new WindowPosition(null, x, y);
    }

    public boolean isExplicit() {
        return keyword == null;
    }

    public static Optional<WindowPosition> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = XY.matcher(text);
        if (m.matches()) {
            return Optional.of(at(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        }
        String key = text.strip().toLowerCase(Locale.ROOT);
        if (key.equals("center") || key.equals("centre")) {
            return Optional.of(of(Keyword.CENTRE));
        }
        for (Keyword k : Keyword.values()) {
            if (k.name().toLowerCase(Locale.ROOT).equals(key)) {
                return Optional.of(of(k));
            }
        }
        return Optional.empty();
    }
}
