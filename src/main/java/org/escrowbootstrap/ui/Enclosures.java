package org.escrowbootstrap.ui;

import java.util.Locale;

/**
 * A glyph drawn inside a circle or rounded square ({@code trash.circle}, {@code plus.square.fill}), composed from
 * the glyph's own file rather than shipped as one file per variant.
 *
 * <p>The glyph is shrunk into the middle, its weighted strokes widened by as much, so that the glyph and the ring
 * around it have the same weight as SF Symbols draws them. A filled enclosure is the secondary layer (the colour
 * at 30 %) with the glyph on it in the primary colour, as our other {@code .circle.fill} files are.
 */
final class Enclosures {

    private static final float SCALE = 0.56f;
    private static final String WEIGHTED_STROKE = "stroke-width=\"8.25\"";

    private Enclosures() {}

    /** The SVG text of {@code glyphSvg} inside {@code frame} ({@code .circle} … {@code .square.fill}). */
    static String compose(String glyphSvg, String frame, float stroke) {
        int open = glyphSvg.indexOf('>', glyphSvg.indexOf("<svg")) + 1;
        String body = glyphSvg.substring(open, glyphSvg.lastIndexOf("</svg>"))
                .replace(WEIGHTED_STROKE, "stroke-width=\"" + number(stroke / SCALE) + "\"");
        boolean filled = frame.endsWith(".fill");
        float inset = filled ? 4 : 4 + stroke / 2;
        String paint = filled
                ? "fill=\"#020202\""
                : "fill=\"none\" stroke=\"#010101\" stroke-width=\"" + number(stroke) + "\"";
        String shape = frame.startsWith(".circle")
                ? "<circle cx=\"50\" cy=\"50\" r=\"" + number(50 - inset) + "\" " + paint + "/>"
                : "<rect x=\"" + number(inset) + "\" y=\"" + number(inset) + "\" width=\"" + number(100 - 2 * inset)
                        + "\" height=\"" + number(100 - 2 * inset) + "\" rx=\"" + number(22 - inset / 2) + "\" "
                        + paint + "/>";
        float offset = 50 * (1 - SCALE);
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 100\" width=\"100\" height=\"100\">"
                + shape + "<g transform=\"translate(" + number(offset) + " " + number(offset) + ") scale(" + SCALE
                + ")\">" + body + "</g></svg>";
    }

    private static String number(float value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
