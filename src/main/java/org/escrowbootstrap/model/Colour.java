package org.escrowbootstrap.model;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A colour as swiftDialog accepts it: {@code #RRGGBB}, {@code #RRGGBBAA} or one of its names.
 *
 * <p>{@code primary}, {@code secondary} and {@code accent} depend on the look and feel, so they are kept as a
 * {@link Role} for the UI to resolve; every other colour is a fixed ARGB value.
 */
public record Colour(int argb, Role role) {

    /** Colours whose value the theme decides. */
    public enum Role {
        FIXED,
        PRIMARY,
        SECONDARY,
        ACCENT
    }

    // Apple's system colours (light appearance), which swiftDialog's names map to.
    private static final Map<String, Integer> NAMED = Map.ofEntries(
            Map.entry("red", 0xFFFF3B30),
            Map.entry("orange", 0xFFFF9500),
            Map.entry("yellow", 0xFFFFCC00),
            Map.entry("green", 0xFF34C759),
            Map.entry("mint", 0xFF00C7BE),
            Map.entry("teal", 0xFF30B0C7),
            Map.entry("cyan", 0xFF32ADE6),
            Map.entry("blue", 0xFF007AFF),
            Map.entry("indigo", 0xFF5856D6),
            Map.entry("purple", 0xFFAF52DE),
            Map.entry("pink", 0xFFFF2D55),
            Map.entry("brown", 0xFFA2845E),
            Map.entry("white", 0xFFFFFFFF),
            Map.entry("gray", 0xFF8E8E93),
            Map.entry("grey", 0xFF8E8E93),
            Map.entry("black", 0xFF000000),
            Map.entry("clear", 0x00000000));

    public Colour {
        if (role == null) {
            throw new IllegalArgumentException("role must not be null");
        }
    }

    public static Colour rgb(int rgb) {
        return new Colour(0xFF000000 | rgb, Role.FIXED);
    }

    public static Colour argb(int argb) {
        return new Colour(argb, Role.FIXED);
    }

    public static Colour primary() {
        return new Colour(0xFF000000, Role.PRIMARY);
    }

    public static Colour secondary() {
        return new Colour(0xFF808080, Role.SECONDARY);
    }

    public static Colour accent() {
        return new Colour(0xFF007AFF, Role.ACCENT);
    }

    /** Parses a hex value or a name; empty when the text is neither (swiftDialog then uses "clear"). */
    public static Optional<Colour> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.strip().toLowerCase(Locale.ROOT);
        switch (value) {
            case "primary":
                return Optional.of(primary());
            case "secondary":
                return Optional.of(secondary());
            case "accent":
                return Optional.of(accent());
            default:
                break;
        }
        Integer named = NAMED.get(value);
        if (named != null) {
            return Optional.of(argb(named));
        }
        String hex = value.startsWith("#") ? value.substring(1) : value;
        if (!hex.matches("[0-9a-f]{6}|[0-9a-f]{8}") || (!value.startsWith("#") && hex.length() != 6)) {
            return Optional.empty();
        }
        long parsed = Long.parseLong(hex, 16);
        if (hex.length() == 6) {
            return Optional.of(rgb((int) parsed));
        }
        int rgba = (int) parsed; // #RRGGBBAA as CSS writes it
        return Optional.of(argb((rgba << 24) | (rgba >>> 8)));
    }

    public int alpha() {
        return (argb >>> 24) & 0xFF;
    }

    public int red() {
        return (argb >> 16) & 0xFF;
    }

    public int green() {
        return (argb >> 8) & 0xFF;
    }

    public int blue() {
        return argb & 0xFF;
    }

    /** The hex form, {@code #RRGGBB} (or {@code #RRGGBBAA} when not opaque), or the role's name. */
    @Override
    public String toString() {
        if (role != Role.FIXED) {
            return role.name().toLowerCase(Locale.ROOT);
        }
        String rgb = String.format(Locale.ROOT, "#%06X", argb & 0xFFFFFF);
        return alpha() == 0xFF ? rgb : rgb + String.format(Locale.ROOT, "%02X", alpha());
    }
}
