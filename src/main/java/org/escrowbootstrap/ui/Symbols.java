package org.escrowbootstrap.ui;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.escrowbootstrap.model.Colour;
import org.escrowbootstrap.model.FontWeight;
import org.escrowbootstrap.model.ImageRef;
import org.escrowbootstrap.model.SfSymbols;

/**
 * Our SVG look-alikes of SF Symbols and swiftDialog's built-in images, tinted and weighted as asked.
 *
 * <p>The symbol files are templates (see {@code symbols/README.txt}): a primary and a secondary layer colour and
 * one stroke width, filled in here before {@link SvgShapes} reads the text. Like SF Symbols' hierarchical
 * rendering, the secondary layer is the symbol colour at 30 % opacity unless a second colour is given.
 */
final class Symbols {

    static final String GENERIC = SfSymbols.GENERIC;
    static final Set<String> BUILTINS = Set.of("caution", "warning", "info", "computer", "default");

    private static final String PRIMARY = "#010101";
    private static final String SECONDARY = "#020202";
    private static final String WEIGHTED_STROKE = "stroke-width=\"8.25\"";
    private static final float REGULAR_STROKE = 9.5f; // SF's regular weight looks heavier than the template's 8.25
    private static final float SECONDARY_OPACITY = 0.3f;
    private static final Map<FontWeight, Float> WEIGHT_FACTORS = Map.of(
            FontWeight.ULTRALIGHT, 0.45f,
            FontWeight.THIN, 0.6f,
            FontWeight.LIGHT, 0.8f,
            FontWeight.REGULAR, 1f,
            FontWeight.MEDIUM, 1.12f,
            FontWeight.SEMIBOLD, 1.25f,
            FontWeight.BOLD, 1.4f,
            FontWeight.HEAVY, 1.6f,
            FontWeight.BLACK, 1.8f);
    private static final Pattern TEMPLATE_PAINT = Pattern.compile("(fill|stroke)=\"(#0[12]0[12]0[12])\"");
    private static final Map<String, Artwork> CACHE = new ConcurrentHashMap<>();
    /** Names already warned about in this run. */
    private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();

    private Symbols() {}

    /** The shipped symbol drawn for {@code name}: see {@link SfSymbols#match}. */
    static String resolveName(String name) {
        return SfSymbols.match(name).drawn();
    }

    /**
     * The symbol tinted with its colours (primary by default) and stroked for its weight. A name we do not draw
     * is shown as its nearest family, or the generic symbol, with one line to {@code warnings} the first time in
     * this run: a script showing the same status on every row warns once, not once per row.
     */
    static Artwork symbol(ImageRef.Symbol symbol, Consumer<String> warnings) {
        SfSymbols.Match match = SfSymbols.match(symbol.name());
        if (!match.exact() && WARNED.add(symbol.name().strip().toLowerCase(Locale.ROOT))) {
            warnings.accept("the SF Symbol " + symbol.name().strip() + " is not one escrow-bootstrap draws; showing "
                    + (match.drawn().equals(GENERIC) ? "a generic symbol" : match.drawn())
                    + " (dialog --help icon lists them)");
        }
        Color primary = symbol.colour() != null ? Look.resolve(symbol.colour()) : Look.foreground();
        Color secondary = symbol.colour2() != null ? Look.resolve(symbol.colour2()) : null;
        FontWeight weight = symbol.weight() != null ? symbol.weight() : FontWeight.REGULAR;
        return tinted(match.drawn(), primary, secondary, weight);
    }

    /** A shipped symbol in one colour, for glyphs the UI itself draws (the lock in a secure field). */
    static Artwork tinted(String name, Color primary, Color secondary, FontWeight weight) {
        String key =
                name + '|' + primary.getRGB() + '|' + (secondary == null ? "-" : secondary.getRGB()) + '|' + weight;
        return CACHE.computeIfAbsent(key, k -> SvgShapes.parse(source(name, primary, secondary, weight), name));
    }

    /** The symbol's SVG text with its template colours and stroke width filled in. */
    static String source(String name, Color primary, Color secondary, FontWeight weight) {
        float stroke = REGULAR_STROKE * WEIGHT_FACTORS.get(weight);
        String file = SfSymbols.unalias(name);
        Optional<SfSymbols.Enclosure> enclosed = SfSymbols.hasFile(file) ? Optional.empty() : SfSymbols.enclosure(file);
        String svg = enclosed.isEmpty()
                ? resource("symbols/" + file + ".svg").replace(WEIGHTED_STROKE, "stroke-width=\"" + stroke + "\"")
                : Enclosures.compose(
                        resource("symbols/" + enclosed.get().glyph() + ".svg"),
                        enclosed.get().frame(),
                        stroke);
        svg = recolour(
                svg, SECONDARY, secondary != null ? secondary : primary, secondary != null ? 1f : SECONDARY_OPACITY);
        return recolour(svg, PRIMARY, primary, 1f);
    }

    /**
     * One of swiftDialog's built-in images: {@code caution}, {@code warning}, {@code info}, {@code computer},
     * {@code default}.
     */
    static Artwork builtin(String name) {
        String key = BUILTINS.contains(name) ? name : "default";
        return CACHE.computeIfAbsent("builtin|" + key, k -> SvgShapes.parse(resource("builtin/" + key + ".svg"), key));
    }

    /** The picture shown in place of an image that could not be read. */
    static Artwork placeholder() {
        return CACHE.computeIfAbsent(
                "placeholder", k -> SvgShapes.parse(resource("builtin/placeholder.svg"), "placeholder"));
    }

    /** Whether a colour is fully transparent: {@code bgcolour=none} on an overlay symbol. */
    static boolean isClear(Colour colour) {
        return colour != null && colour.role() == Colour.Role.FIXED && colour.alpha() == 0;
    }

    /** Replaces a template colour in fill and stroke attributes, adding the matching opacity attribute. */
    private static String recolour(String svg, String template, Color colour, float opacity) {
        float alpha = opacity * colour.getAlpha() / 255f;
        String hex = Look.css(colour);
        Matcher m = TEMPLATE_PAINT.matcher(svg);
        StringBuilder out = new StringBuilder(svg.length() + 64);
        while (m.find()) {
            String replacement = m.group(2).equalsIgnoreCase(template)
                    ? m.group(1) + "=\"" + hex + "\""
                            + (alpha >= 0.999f ? "" : " " + m.group(1) + "-opacity=\"" + alpha + "\"")
                    : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The text of a shipped picture, {@code symbols/…} or {@code builtin/…}. */
    static String resource(String path) {
        try (InputStream in = Symbols.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing built-in image: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
