package org.escrowbootstrap.config;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.escrowbootstrap.model.Colour;
import org.escrowbootstrap.model.ImageRef;

/**
 * Checks a raw value against its key and turns it into the stored form (String, Integer or Boolean).
 *
 * <p>Text sources (Jamf parameters, the command line, plist strings) give every value as text, so numbers and
 * booleans are also accepted as text; JSON must use its own types, as the schema says.
 */
final class EscrowValueCheck {

    /** The checked value, or why it was refused. */
    sealed interface Checked {}

    /** Accepted; {@code value} is the stored form. */
    record Accepted(Object value) implements Checked {}

    /** Refused; {@code reason} completes "must be …". */
    record Refused(String reason) implements Checked {}

    private EscrowValueCheck() {}

    static Checked check(EscrowConfigKey key, Object raw, boolean textSource, Path baseDirectory) {
        if (raw instanceof EscrowRawSetting.Unsupported unsupported) {
            return refused(key, "got " + unsupported.kind());
        }
        return switch (key.type()) {
            case TEXT -> text(key, raw, false);
            case LABEL -> text(key, raw, true);
            case IMAGE -> image(key, raw, baseDirectory);
            case COLOUR -> colour(key, raw);
            case INTEGER -> integer(key, raw, textSource);
            case BOOLEAN -> bool(key, raw, textSource);
            case PATH -> path(key, raw);
        };
    }

    private static Checked text(EscrowConfigKey key, Object raw, boolean nonBlank) {
        if (!(raw instanceof String s)) {
            return refused(key, "got " + describe(raw));
        }
        if (nonBlank && s.isBlank()) {
            return refused(key, "got an empty text");
        }
        return new Accepted(s);
    }

    private static Checked image(EscrowConfigKey key, Object raw, Path baseDirectory) {
        if (!(raw instanceof String s)) {
            return refused(key, "got " + describe(raw));
        }
        ImageRef ref = ImageRef.parse(s);
        if (key == EscrowConfigKey.BANNER
                && ref instanceof ImageRef.FilePath
                && !s.contains("/")
                && Colour.parse(s).isPresent()) {
            // "Banner image or colour" in Jamf: a bare "#0B5394" means the colour, not a file of that name.
            return new Accepted("colour=" + s.strip());
        }
        if (ref instanceof ImageRef.FilePath file) {
            Path path;
            try {
                path = Path.of(file.path());
            } catch (InvalidPathException e) {
                return new Refused(
                        "must be an image file, URL, colour= or SF= symbol; \"" + s + "\" is not a valid path");
            }
            if (!path.isAbsolute()) {
                // The UI may run in another process and folder: hand it an absolute path.
                path = (baseDirectory != null ? baseDirectory.resolve(path) : path.toAbsolutePath()).normalize();
            }
            if (!Files.exists(path)) {
                return new Refused("names an image file that does not exist: " + path);
            }
            return new Accepted(path.toString());
        }
        return new Accepted(s.strip());
    }

    private static Checked colour(EscrowConfigKey key, Object raw) {
        if (raw instanceof String s && Colour.parse(s).isPresent()) {
            return new Accepted(s.strip());
        }
        return refused(key, "got " + describe(raw));
    }

    private static Checked integer(EscrowConfigKey key, Object raw, boolean textSource) {
        // Whole numbers are checked as longs: BigDecimal only for the rest (see NumberText.whole).
        Optional<Long> whole = whole(raw, textSource);
        if (whole.isPresent()) {
            long value = whole.get();
            return value < key.min() || value > key.max() ? refused(key, "got " + value) : new Accepted((int) value);
        }
        BigDecimal number = null;
        if (raw instanceof BigDecimal d) {
            number = d;
        } else if (raw instanceof Number n) {
            number = new BigDecimal(n.toString());
        } else if (textSource && raw instanceof String s) {
            try {
                number = new BigDecimal(s.strip());
            } catch (NumberFormatException e) {
                number = null;
            }
        }
        if (number == null) {
            return refused(key, "got " + describe(raw));
        }
        try {
            int value = number.intValueExact();
            if (value < key.min() || value > key.max()) {
                return refused(key, "got " + value);
            }
            return new Accepted(value);
        } catch (ArithmeticException e) {
            return refused(key, "got " + number.toPlainString());
        }
    }

    /** A whole number given as one (JSON, a property list) or, from a text source, in digits; else empty. */
    private static Optional<Long> whole(Object raw, boolean textSource) {
        if (raw instanceof Long l) {
            return Optional.of(l);
        }
        if (raw instanceof Integer i) {
            return Optional.of(i.longValue());
        }
        return textSource && raw instanceof String s ? NumberText.whole(s) : Optional.empty();
    }

    private static Checked bool(EscrowConfigKey key, Object raw, boolean textSource) {
        if (raw instanceof Boolean b) {
            return new Accepted(b);
        }
        if (textSource && raw instanceof String s) {
            switch (s.strip().toLowerCase(Locale.ROOT)) {
                case "true", "yes", "1", "on" -> {
                    return new Accepted(true);
                }
                case "false", "no", "0", "off" -> {
                    return new Accepted(false);
                }
                default -> {
                    // refused below
                }
            }
        }
        return refused(key, "got " + describe(raw));
    }

    private static Checked path(EscrowConfigKey key, Object raw) {
        if (!(raw instanceof String s) || s.isBlank()) {
            return refused(key, "got " + describe(raw));
        }
        try {
            if (!Path.of(s.strip()).isAbsolute()) {
                return refused(key, "got the relative path \"" + s + "\"");
            }
        } catch (InvalidPathException e) {
            return refused(key, "got \"" + s + "\"");
        }
        return new Accepted(s.strip());
    }

    private static Refused refused(EscrowConfigKey key, String got) {
        return new Refused("must be " + withArticle(key.expectation()) + ", " + got);
    }

    private static String withArticle(String expectation) {
        if (expectation.startsWith("true")) {
            return expectation;
        }
        return ("aeiou".indexOf(expectation.charAt(0)) >= 0 ? "an " : "a ") + expectation;
    }

    static String describe(Object raw) {
        if (raw instanceof String s) {
            return "\"" + (s.length() > 60 ? s.substring(0, 60) + "…" : s) + "\"";
        }
        if (raw instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return String.valueOf(raw);
    }
}
