package org.escrowbootstrap.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.escrowbootstrap.model.Colour;
import org.escrowbootstrap.model.ImageRef;

/** Writes an {@link ImageRef} back as the swiftDialog source text that {@link ImageRef#parse} reads into it again. */
final class ImageSources {

    private ImageSources() {}

    static String toSource(ImageRef ref) {
        if (ref instanceof ImageRef.None) {
            return "none";
        }
        if (ref instanceof ImageRef.Builtin builtin) {
            return builtin.name();
        }
        if (ref instanceof ImageRef.Url url) {
            return url.url();
        }
        if (ref instanceof ImageRef.FilePath file) {
            // The scheme keeps a file called "info" or "none" from reading back as a built-in.
            return "file://" + file.path();
        }
        if (ref instanceof ImageRef.Text text) {
            return "text=" + text.text();
        }
        if (ref instanceof ImageRef.QrCode qr) {
            return "qr=" + qr.text();
        }
        if (ref instanceof ImageRef.Symbol symbol) {
            return symbolSource(symbol);
        }
        return fillSource((ImageRef.Fill) ref);
    }

    private static String symbolSource(ImageRef.Symbol symbol) {
        List<String> parts = new ArrayList<>();
        parts.add("SF=" + symbol.name());
        if (symbol.colour() != null) {
            parts.add("colour=" + symbol.colour());
        }
        if (symbol.colour2() != null) {
            parts.add("colour2=" + symbol.colour2());
        }
        if (symbol.weight() != null) {
            parts.add("weight=" + symbol.weight().name().toLowerCase(Locale.ROOT));
        }
        if (symbol.background() != null) {
            parts.add("bgcolour=" + (symbol.background().alpha() == 0 ? "none" : symbol.background()));
        }
        return String.join(",", parts);
    }

    private static String fillSource(ImageRef.Fill fill) {
        if (fill.colours().size() == 1) {
            return "colour=" + fill.colours().get(0) + (fill.gradient() ? "" : ",nogradient");
        }
        List<String> colours = new ArrayList<>();
        for (Colour c : fill.colours()) {
            colours.add(c.toString());
        }
        return "gradient=" + String.join(",", colours) + ":angle=" + fill.angle();
    }
}
