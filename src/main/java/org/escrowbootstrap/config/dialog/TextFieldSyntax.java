package org.escrowbootstrap.config.dialog;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.escrowbootstrap.model.TextFieldSpec;

/**
 * Reads one {@code --textfield "Title,secure,required,prompt=…,regex=…"} into a {@link TextFieldSpec}.
 *
 * <p>As in swiftDialog, the title runs up to the first modifier; a modifier is a bare word after a comma
 * ({@code ,secure}) or a key and {@code =} ({@code ,prompt=}, the comma optional); a value runs raw, quotes and
 * all, up to the next modifier. Unlike swiftDialog, only known keys start a modifier, so a value may hold
 * {@code =} and commas (only {@code ,knownkey=} or {@code ,bareword} ends it).
 */
final class TextFieldSyntax {

    private static final Pattern MODIFIER =
            Pattern.compile("(?i),?\\s?\\b(prompt|value|name|regexerror|regex|filetype|path|isdate)="
                    + "|,\\s?(secure|required|confirm|editor|fileselect|passwordfill)\\s*(?=,|$)");

    private TextFieldSyntax() {}

    static TextFieldSpec parse(String spec, List<String> warnings) {
        Matcher m = MODIFIER.matcher(spec);
        String title = null;
        String name = null;
        String prompt = null;
        String value = null;
        String regex = null;
        String regexError = null;
        boolean secure = false;
        boolean required = false;
        boolean confirm = false;
        boolean editor = false;
        boolean fileSelect = false;
        String fileTypes = null;
        String path = null;
        String key = null;
        int valueStart = 0;
        boolean more = true;
        while (more) {
            more = m.find();
            String text = spec.substring(valueStart, more ? m.start() : spec.length());
            if (title == null) {
                title = text;
            } else if (key != null) {
                switch (key) {
                    case "prompt" -> prompt = text;
                    case "value" -> value = text;
                    case "name" -> name = text;
                    case "regex" -> regex = text;
                    case "regexerror" -> regexError = text;
                    case "filetype" -> fileTypes = text;
                    case "path" -> path = text;
                    default -> warnUnsupported(warnings, title, key);
                }
            }
            if (!more) {
                break;
            }
            valueStart = m.end();
            key = m.group(1) == null ? null : m.group(1).toLowerCase(Locale.ROOT);
            String word = m.group(2) == null ? null : m.group(2).toLowerCase(Locale.ROOT);
            if (word != null) {
                switch (word) {
                    case "secure" -> secure = true;
                    case "required" -> required = true;
                    case "confirm" -> confirm = true;
                    case "editor" -> editor = true;
                    case "fileselect" -> fileSelect = true;
                    case "passwordfill" -> {
                        // Marks a password for macOS AutoFill only; the field works the same without it.
                    }
                    default -> warnUnsupported(warnings, title, word);
                }
            }
        }
        if (title.isEmpty() && (name == null || name.isEmpty())) {
            warnings.add("--textfield \"" + spec + "\" has no title; its value is printed with an empty name");
        }
        if ((fileTypes != null || path != null) && !fileSelect) {
            warnings.add("--textfield \"" + title + "\": filetype= and path= do nothing without fileselect");
        }
        return new TextFieldSpec(
                title,
                name,
                secure,
                required,
                prompt,
                value,
                regex,
                regexError,
                confirm,
                editor,
                fileSelect,
                fileTypes,
                path);
    }

    private static void warnUnsupported(List<String> warnings, String title, String modifier) {
        warnings.add(
                "--textfield \"" + title + "\": \"" + modifier + "\" is not supported by escrow-bootstrap, ignored");
    }
}
