package org.escrowbootstrap.config.dialog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.escrowbootstrap.model.Colour;
import org.escrowbootstrap.model.ImageRef;

/**
 * Finds colours that {@link Colour#parse} cannot read inside image sources, so that a typo gets a warning.
 *
 * <p>swiftDialog turns an unknown colour into "clear" without a word, which makes a title or banner silently vanish;
 * we warn and keep the default instead.
 */
final class ColourCheck {

    private static final Set<String> SYMBOL_COLOUR_KEYS =
            Set.of("colour", "color", "colour1", "color1", "colour2", "color2", "bgcolour", "bgcolor");

    private ColourCheck() {}

    /** The warning text for a colour that does not parse. */
    static String describeBad(String value) {
        return "unknown colour \"" + value + "\" (use #RRGGBB or a name such as red, blue or white)";
    }

    /** The unreadable colours in an icon or banner source ({@code SF=…,colour=…}, {@code colour=…}, {@code gradient=…}). */
    static List<String> badColours(String source) {
        List<String> bad = new ArrayList<>();
        String text = source == null ? "" : source.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("sf=")) {
            List<String> parts = ImageRef.splitSymbol(text.substring(3));
            for (String part : parts.subList(1, parts.size())) {
                int equals = part.indexOf('=');
                if (equals < 0) {
                    continue;
                }
                String key = part.substring(0, equals).strip().toLowerCase(Locale.ROOT);
                String value = part.substring(equals + 1).strip();
                boolean special =
                        value.equalsIgnoreCase("auto") || (key.startsWith("bg") && value.equalsIgnoreCase("none"));
                if (SYMBOL_COLOUR_KEYS.contains(key)
                        && !special
                        && Colour.parse(value).isEmpty()) {
                    bad.add(value);
                }
            }
        } else if (lower.startsWith("colour=") || lower.startsWith("color=")) {
            String value =
                    text.substring(text.indexOf('=') + 1).split(",", -1)[0].strip();
            if (Colour.parse(value).isEmpty()) {
                bad.add(value);
            }
        } else if (lower.startsWith("gradient=")) {
            String colours = text.substring("gradient=".length());
            int colon = colours.indexOf(':');
            for (String value : (colon < 0 ? colours : colours.substring(0, colon)).split(",")) {
                if (Colour.parse(value).isEmpty()) {
                    bad.add(value.strip());
                }
            }
        }
        return bad;
    }
}
