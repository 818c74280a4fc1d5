package org.escrowbootstrap.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where an icon, overlay or banner comes from, as swiftDialog's image sources describe it; loading is the UI's job.
 *
 * <p>{@link #parse(String)} reads every source form swiftDialog accepts that makes sense off macOS: a file path,
 * an http(s) URL, an {@code .app} bundle, {@code SF=name,colour=…,weight=…}, {@code colour=…} / {@code gradient=…}
 * fills (banners), {@code text=…}, {@code qr=…}, the built-ins and {@code none}.
 */
public sealed interface ImageRef {

    /** No image at all ({@code none}). */
    record None() implements ImageRef {}

    /** One of swiftDialog's built-in images: {@code info}, {@code caution}, {@code warning}, {@code computer}, {@code default}. */
    record Builtin(String name) implements ImageRef {
        public Builtin {
            name = requireText(name, "built-in name").toLowerCase(Locale.ROOT);
        }
    }

    /** An SF Symbol by name; we draw our own look-alike, or a generic symbol for names we do not ship. */
    record Symbol(String name, Colour colour, Colour colour2, FontWeight weight, Colour background)
            implements ImageRef {
        /** Where a modifier starts: before {@code key=} after a comma, a space or both (swiftDialog's rule). */
        private static final Pattern MODIFIER = Pattern.compile("(?:, ?| )(?=[A-Za-z1-9]+=)");

        public Symbol {
            name = requireText(name, "symbol name");
        }
    }

    /** A local file: png, jpg, gif, svg, icns, or an {@code .app} bundle whose icon is meant. */
    record FilePath(String path) implements ImageRef {
        public FilePath {
            path = requireText(path, "path");
        }

        public boolean isAppBundle() {
            String lower = path.toLowerCase(Locale.ROOT);
            return lower.endsWith(".app") || lower.endsWith(".app/") || lower.endsWith(".prefpane");
        }
    }

    /** An http(s) URL, fetched with a short timeout. */
    record Url(String url) implements ImageRef {
        public Url {
            url = requireText(url, "url");
        }
    }

    /** A plain or gradient fill (banners: {@code colour=…}, {@code gradient=c1,c2[:angle=deg]}). */
    record Fill(List<Colour> colours, boolean gradient, double angle) implements ImageRef {
        public Fill {
            colours = List.copyOf(colours);
            if (colours.isEmpty()) {
                throw new IllegalArgumentException("a fill needs at least one colour");
            }
        }
    }

    /** Text or an emoji drawn as the image ({@code text=…}). */
    record Text(String text) implements ImageRef {
        public Text {
            text = requireText(text, "text");
        }
    }

    /** A QR code of this text, drawn as the image ({@code qr=…}). */
    record QrCode(String text) implements ImageRef {
        public QrCode {
            text = requireText(text, "QR code text");
        }
    }

    static ImageRef none() {
        return new None();
    }

    default boolean isNone() {
        return this instanceof None;
    }

    /** Parses a swiftDialog image source; blank or {@code none} is {@link None}. Never throws. */
    static ImageRef parse(String source) {
        if (source == null || source.isBlank()) {
            return none();
        }
        String text = source.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.equals("none")) {
            return none();
        }
        if (lower.equals("info")
                || lower.equals("caution")
                || lower.equals("warning")
                || lower.equals("computer")
                || lower.equals("default")) {
            return new Builtin(lower);
        }
        if (lower.startsWith("sf=")) {
            return parseSymbol(text.substring(3));
        }
        if (lower.startsWith("colour=") || lower.startsWith("color=")) {
            return parseColourFill(text.substring(text.indexOf('=') + 1));
        }
        if (lower.startsWith("gradient=")) {
            return parseGradient(text.substring("gradient=".length()));
        }
        if (lower.startsWith("text=")) {
            return text.length() > 5 ? new Text(text.substring(5)) : none(); // "text=" alone draws nothing
        }
        if (lower.startsWith("qr=")) {
            return text.length() > 3 ? new QrCode(text.substring(3)) : none(); // "qr=" alone encodes nothing
        }
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return new Url(text);
        }
        if (lower.startsWith("file://")) {
            String path = text.substring("file://".length());
            return path.isBlank() ? none() : new FilePath(path);
        }
        return new FilePath(text);
    }

    /**
     * An {@code SF=} value cut into the symbol's name and its {@code key=value} modifiers. As in swiftDialog, a
     * modifier starts at a key after a comma, a space or both, so {@code bolt.circle color1=pink color2=blue} (as
     * scripts write it) is the same as {@code bolt.circle,color1=pink,color2=blue}, and a value keeps its own commas
     * ({@code palette=red,blue}). The name ends at its first comma, whatever follows.
     */
    static List<String> splitSymbol(String spec) {
        List<String> parts = new ArrayList<>(List.of(Symbol.MODIFIER.split(spec, -1)));
        parts.set(0, parts.get(0).split(",", -1)[0].strip());
        return parts;
    }

    private static ImageRef parseSymbol(String spec) {
        List<String> split = splitSymbol(spec);
        String[] parts = split.toArray(String[]::new);
        String name = parts[0];
        if (name.isEmpty()) {
            name = "questionmark.circle";
        }
        Colour colour = null;
        Colour colour2 = null;
        Colour background = null;
        FontWeight weight = null;
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i].strip();
            int eq = part.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String key = part.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            String value = part.substring(eq + 1).strip();
            switch (key) {
                case "colour", "color", "colour1", "color1" -> colour =
                        Colour.parse(value).orElse(null);
                case "colour2", "color2" -> colour2 = Colour.parse(value).orElse(null);
                case "bgcolour", "bgcolor" -> background = value.equalsIgnoreCase("none")
                        ? Colour.argb(0)
                        : Colour.parse(value).orElse(null);
                case "weight" -> weight = FontWeight.parse(value);
                default -> {
                    // palette=, animation= and others change nothing we can draw; ignored like unknown keys.
                }
            }
        }
        return new Symbol(name, colour, colour2, weight, background);
    }

    private static ImageRef parseColourFill(String spec) {
        String[] parts = spec.split(",", -1); // -1: "colour=," must still give a first part
        Colour colour = Colour.parse(parts[0]).orElse(Colour.argb(0));
        boolean noGradient = parts.length > 1 && parts[1].strip().equalsIgnoreCase("nogradient");
        // swiftDialog's colour banner has a light gradient unless "nogradient" is given.
        return new Fill(List.of(colour), !noGradient, 0);
    }

    private static ImageRef parseGradient(String spec) {
        double angle = 0;
        String colours = spec;
        int colon = spec.indexOf(':');
        if (colon >= 0) {
            colours = spec.substring(0, colon);
            String option = spec.substring(colon + 1).strip().toLowerCase(Locale.ROOT);
            if (option.startsWith("angle=")) {
                try {
                    angle = Double.parseDouble(option.substring("angle=".length()));
                } catch (NumberFormatException e) {
                    angle = 0;
                }
            }
        }
        List<Colour> list = new ArrayList<>();
        for (String part : colours.split(",")) {
            Colour.parse(part).ifPresent(list::add);
        }
        if (list.isEmpty()) {
            list.add(Colour.argb(0));
        }
        return new Fill(list, true, angle);
    }

    /** The source text this reference was parsed from, or an equivalent, for messages and round trips. */
    default Optional<String> describe() {
        if (this instanceof FilePath f) {
            return Optional.of(f.path());
        }
        if (this instanceof Url u) {
            return Optional.of(u.url());
        }
        if (this instanceof Builtin b) {
            return Optional.of(b.name());
        }
        if (this instanceof Symbol s) {
            return Optional.of("SF=" + s.name());
        }
        if (this instanceof QrCode q) {
            return Optional.of("qr=" + q.text());
        }
        return Optional.empty();
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value;
    }
}
