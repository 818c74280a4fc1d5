package org.escrowbootstrap.config.dialog;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.escrowbootstrap.config.NumberText;
import org.escrowbootstrap.model.ButtonSymbol;
import org.escrowbootstrap.model.Colour;
import org.escrowbootstrap.model.SfSymbols;

/**
 * Reads swiftDialog's button symbol syntax: {@code name[,position][,rendering mode][,size=n][,color=c][,palette=c1-c2]},
 * the properties in any order, swiftDialog lowercasing them all. A real script writes
 * {@code checkmark.circle.fill,position=leading,color=#34C759}: swiftDialog ignores {@code position=leading} (it
 * knows the bare word only), which changes nothing as leading is its default; we read it as meant.
 */
final class ButtonSymbolSyntax {

    private static final Set<String> RENDERING_MODES =
            Set.of("monochrome", "hierarchical", "multicolor", "multicolour", "palette");

    private ButtonSymbolSyntax() {}

    /** The symbol {@code spec} describes, or empty (with a warning) when it names none. */
    static Optional<ButtonSymbol> parse(String option, String spec, List<String> warnings) {
        String[] parts = spec.split(",", -1);
        String name = parts[0].strip();
        if (name.isEmpty()) {
            warnings.add(option + " \"" + spec + "\" names no SF Symbol; the button has none");
            return Optional.empty();
        }
        ButtonSymbol.Position position = ButtonSymbol.Position.LEADING;
        double size = ButtonSymbol.DEFAULT_SIZE;
        Colour colour = null;
        Colour colour2 = null;
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i].strip();
            String lower = part.toLowerCase(Locale.ROOT);
            int eq = part.indexOf('=');
            String key = eq < 0 ? lower : lower.substring(0, eq).strip();
            String value = eq < 0 ? "" : part.substring(eq + 1).strip();
            ButtonSymbol.Position named = ButtonSymbol.Position.parse(eq < 0 ? part : value);
            if (named != null && (eq < 0 || key.equals("position"))) {
                position = named;
            } else if (eq < 0 && RENDERING_MODES.contains(key)) {
                // Our look-alikes always draw the second layer lighter (SF's hierarchical): in monochrome a .fill
                // symbol's glyph would vanish into its disc, and they have no multicolour layers.
            } else if (key.equals("size")) {
                Optional<Double> points = NumberText.parse(value).filter(n -> n > 0 && n <= 200);
                if (points.isEmpty()) {
                    warnings.add(option + ": size \"" + value + "\" is not a size in points; 16 is used");
                }
                size = points.orElse(ButtonSymbol.DEFAULT_SIZE);
            } else if (key.equals("color") || key.equals("colour")) {
                colour = colour(option, value, warnings);
            } else if (key.equals("palette")) {
                String[] colours = value.split("-");
                colour = colour(option, colours[0], warnings);
                colour2 = colours.length > 1 ? colour(option, colours[1], warnings) : null;
            } else {
                warnings.add(option + ": \"" + part + "\" is not a position, rendering mode, size, colour or palette;"
                        + " ignored");
            }
        }
        SfSymbols.Match match = SfSymbols.match(name);
        if (!match.exact()) {
            warnings.add(option + ": the SF Symbol " + name + " is not one escrow-bootstrap draws; showing "
                    + (match.drawn().equals(SfSymbols.GENERIC) ? "a generic symbol" : match.drawn())
                    + " (dialog --help icon lists them)");
        }
        return Optional.of(new ButtonSymbol(name, position, size, colour, colour2));
    }

    private static Colour colour(String option, String value, List<String> warnings) {
        Optional<Colour> colour = Colour.parse(value);
        if (colour.isEmpty()) {
            warnings.add(option + ": \"" + value + "\" is not a colour; the label's colour is used");
        }
        return colour.orElse(null);
    }
}
