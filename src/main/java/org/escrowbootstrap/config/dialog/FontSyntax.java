package org.escrowbootstrap.config.dialog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.escrowbootstrap.config.NumberText;
import org.escrowbootstrap.model.Alignment;
import org.escrowbootstrap.model.Colour;
import org.escrowbootstrap.model.FontWeight;
import org.escrowbootstrap.model.TextStyle;

/**
 * Reads {@code --titlefont} and {@code --messagefont}: {@code size=24,colour=#00A4C7,weight=light,name=Avenir} on
 * the command line, or the same keys as a JSON object.
 */
final class FontSyntax {

    /** Which font is read: the message font knows fewer keys. */
    enum Target {
        TITLE(
                DialogOption.TITLEFONT,
                Set.of("size", "weight", "colour", "color", "name", "shadow", "alignment", "offset")),
        MESSAGE(DialogOption.MESSAGEFONT, Set.of("size", "weight", "colour", "color", "name"));

        private final DialogOption option;
        private final Set<String> keys;

        Target(DialogOption option, Set<String> keys) {
            this.option = option;
            this.keys = keys;
        }
    }

    private FontSyntax() {}

    /** Splits the command-line form into keys and values; spaces around commas do not matter. */
    static Map<String, String> pairs(String spec) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String part : spec.split(",")) {
            String item = part.strip();
            if (item.isEmpty()) {
                continue;
            }
            int equals = item.indexOf('=');
            String key = (equals < 0 ? item : item.substring(0, equals)).strip().toLowerCase(Locale.ROOT);
            pairs.put(key, equals < 0 ? "" : item.substring(equals + 1).strip());
        }
        return pairs;
    }

    /** Applies the keys to {@code base}; each bad key or value adds a warning and leaves that part as it was. */
    static TextStyle apply(Map<String, String> pairs, TextStyle base, Target target, List<String> warnings) {
        String where = target.option.display();
        TextStyle style = base;
        for (Map.Entry<String, String> pair : pairs.entrySet()) {
            String key = pair.getKey().toLowerCase(Locale.ROOT);
            String value = pair.getValue();
            if (!target.keys.contains(key)) {
                warnings.add(where + ": unknown key \"" + key + "\" (did you mean \""
                        + EditDistance.closest(key, target.keys) + "\"?), ignored");
                continue;
            }
            switch (key) {
                case "size" -> {
                    Optional<Float> size = NumberText.parse(value)
                            .filter(n -> n > 0 && n < 400)
                            .map(Double::floatValue);
                    if (size.isPresent()) {
                        style = style.withSize(size.get());
                    } else {
                        warnings.add(where + ": size \"" + value + "\" is not a size in points; default kept");
                    }
                }
                case "weight" -> {
                    if (isWeight(value)) {
                        style = style.withWeight(FontWeight.parse(value));
                    } else {
                        warnings.add(where + ": unknown weight \"" + value + "\"; default kept");
                    }
                }
                case "colour", "color" -> {
                    Optional<Colour> colour = Colour.parse(value);
                    if (colour.isPresent()) {
                        style = style.withColour(colour.get());
                    } else {
                        warnings.add(where + ": " + ColourCheck.describeBad(value) + "; default kept");
                    }
                }
                case "name" -> style = style.withFontName(value.isEmpty() ? null : value);
                case "shadow" -> {
                    Optional<Boolean> shadow = bool(value);
                    if (shadow.isPresent()) {
                        style = style.withShadow(shadow.get());
                    } else {
                        warnings.add(where + ": shadow \"" + value + "\" is not true or false; ignored");
                    }
                }
                case "alignment" -> {
                    Optional<Alignment> alignment = Alignment.parse(value);
                    if (alignment.isPresent()) {
                        style = style.withAlignment(alignment.get());
                    } else {
                        warnings.add(where + ": alignment \"" + value + "\" is not left, centre or right; ignored");
                    }
                }
                default -> { // "offset", the last key either font knows
                    Optional<Double> offset = NumberText.parse(value).filter(n -> Math.abs(n) < 10_000);
                    if (offset.isPresent()) {
                        style = style.withOffset((int) Math.round(offset.get()));
                    } else {
                        warnings.add(where + ": offset \"" + value + "\" is not a number of points; ignored");
                    }
                }
            }
        }
        return style;
    }

    private static boolean isWeight(String value) {
        String key = value.strip().toUpperCase(Locale.ROOT).replace("_", "").replace("-", "");
        for (FontWeight weight : FontWeight.values()) {
            if (weight.name().equals(key)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Boolean> bool(String value) {
        switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1":
                return Optional.of(true);
            case "false", "no", "0":
                return Optional.of(false);
            default:
                return Optional.empty();
        }
    }
}
