package org.escrowbootstrap.config.dialog;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.escrowbootstrap.model.DialogResult;
import org.escrowbootstrap.model.DialogSpec;
import org.escrowbootstrap.model.ExitCode;
import org.escrowbootstrap.model.FieldValue;

/**
 * Writes what the user entered the way swiftDialog prints it on stdout: the {@code dialog} mode's API.
 *
 * <p>Printed only on exit 0, or on every exit with {@code --alwaysreturninput}. Plain mode is one line per text
 * field, {@code <name-or-title> : <value>}, no quotes and the value raw; then, with exactly one select,
 * {@code "SelectedOption" : "v"} and {@code "SelectedIndex" : n}; per select {@code "key" : "v"} and
 * {@code "key" index : "n"}; list selections and check boxes {@code "key" : "true|false"}. In JSON a select is
 * {@code {"selectedValue": …, "selectedIndex": n}} and a check box a boolean. JSON mode ({@code --json}) is one object in
 * swiftDialog's pretty style ({@code "key" : "value"}, two-space indent, {@code \/}), keys in field order (swiftDialog's
 * order is not stable; a fixed one is a compatible improvement), a repeated key keeping its first place and its last
 * value. Secure values are printed, as this API requires, but straight from the secret's characters: no
 * {@link String} of a password is ever made.
 */
public final class ResultWriter {

    private ResultWriter() {}

    /** Whether swiftDialog prints the input for this exit: on exit 0, or always with {@code --alwaysreturninput}. */
    public static boolean printsInput(ExitCode exitCode, boolean alwaysReturnInput) {
        return exitCode.printsInput() || alwaysReturnInput;
    }

    /** Writes the result as the spec asks ({@code --json}, {@code --alwaysreturninput}); returns whether it wrote. */
    public static boolean write(DialogResult result, DialogSpec spec, PrintStream out) {
        return write(result, spec.jsonOutput(), spec.alwaysReturnInput(), out);
    }

    /** Writes the result if this exit prints input; returns whether anything was written. */
    public static boolean write(DialogResult result, boolean json, boolean alwaysReturnInput, PrintStream out) {
        try {
            boolean written = write(result, json, alwaysReturnInput, new PrintStreamSink(out));
            out.flush();
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a PrintStream never throws; it records errors instead
        }
    }

    /** Writes the result to any {@link Appendable} (a secret goes character by character). */
    public static boolean write(DialogResult result, boolean json, boolean alwaysReturnInput, Appendable out)
            throws IOException {
        return write(result, json, alwaysReturnInput, new AppendableSink(out));
    }

    private static boolean write(DialogResult result, boolean json, boolean alwaysReturnInput, Sink sink)
            throws IOException {
        if (!printsInput(result.exitCode(), alwaysReturnInput)) {
            return false;
        }
        List<Object> values = withSingleSelection(result.values());
        if (json) {
            writeJson(values, sink);
            return true;
        }
        for (Object value : values) {
            if (value instanceof FieldValue.Choice choice) {
                // swiftDialog quotes list selections and check boxes, key and value, unlike text fields
                sink.text("\"" + choice.key() + "\" : \"" + choice.selected() + "\"\n");
            } else if (value instanceof SelectedOption single) {
                sink.text("\"SelectedOption\" : \"" + single.value() + "\"\n");
            } else if (value instanceof SelectedIndex single) {
                sink.text("\"SelectedIndex\" : " + single.index() + "\n"); // the one index swiftDialog leaves bare
            } else if (value instanceof FieldValue.Selection selection) {
                String key = "\"" + selection.key() + "\"";
                sink.text(
                        key + " : \"" + selection.value() + "\"\n" + key + " index : \"" + selection.index() + "\"\n");
            } else {
                sink.text(((FieldValue) value).key() + " : ");
                writeValue((FieldValue) value, false, sink);
                sink.text("\n");
            }
        }
        return true;
    }

    /**
     * The values with swiftDialog's extra lines for a dialog with exactly one select: {@code "SelectedOption"} and
     * {@code "SelectedIndex"} before the select's own.
     */
    private static List<Object> withSingleSelection(List<FieldValue> values) {
        List<FieldValue.Selection> selections = values.stream()
                .filter(FieldValue.Selection.class::isInstance)
                .map(FieldValue.Selection.class::cast)
                .toList();
        List<Object> all = new ArrayList<>();
        if (selections.size() != 1) {
            all.addAll(values);
            return all;
        }
        for (FieldValue value : values) {
            if (value == selections.get(0)) {
                all.add(new SelectedOption(selections.get(0).value()));
                all.add(new SelectedIndex(selections.get(0).index()));
            }
            all.add(value);
        }
        return all;
    }

    /** The {@code "SelectedOption"} of a single select: quoted, as the select's own value. */
    private record SelectedOption(String value) {}

    /** The bare {@code "SelectedIndex"} of a single select: a number in JSON, unquoted in plain text. */
    private record SelectedIndex(int index) {}

    private static void writeJson(List<Object> values, Sink sink) throws IOException {
        Map<String, Object> byKey = new LinkedHashMap<>();
        for (Object value : values) {
            // a repeated key keeps its first place, takes the last value
            String key = value instanceof SelectedIndex
                    ? "SelectedIndex"
                    : value instanceof SelectedOption ? "SelectedOption" : ((FieldValue) value).key();
            byKey.put(key, value);
        }
        if (byKey.isEmpty()) {
            sink.text("{\n\n}\n");
            return;
        }
        sink.text("{\n");
        int remaining = byKey.size();
        for (Map.Entry<String, Object> entry : byKey.entrySet()) {
            Object value = entry.getValue();
            sink.text("  \"");
            sink.text(escape(entry.getKey()));
            sink.text("\" : ");
            if (value instanceof FieldValue.Choice choice) {
                sink.text(String.valueOf(choice.selected()));
            } else if (value instanceof SelectedIndex single) {
                sink.text(String.valueOf(single.index()));
            } else if (value instanceof SelectedOption single) {
                sink.text("\"" + escape(single.value()) + "\"");
            } else if (value instanceof FieldValue.Selection selection) {
                sink.text("{\n    \"selectedValue\" : \"" + escape(selection.value()) + "\",\n    \"selectedIndex\" : "
                        + selection.index() + "\n  }");
            } else {
                sink.text("\"");
                writeValue((FieldValue) value, true, sink);
                sink.text("\"");
            }
            sink.text(--remaining > 0 ? ",\n" : "\n");
        }
        sink.text("}\n");
    }

    private static void writeValue(FieldValue value, boolean json, Sink sink) throws IOException {
        if (value instanceof FieldValue.Text text) {
            sink.text(json ? escape(text.text()) : text.text());
            return;
        }
        char[] chars = ((FieldValue.Hidden) value).secret().copy();
        char[] escaped = json ? new char[chars.length * 6] : null;
        try {
            if (json) {
                sink.secret(escaped, escape(chars, escaped));
            } else {
                sink.secret(chars, chars.length);
            }
        } finally {
            Arrays.fill(chars, '\0');
            if (escaped != null) {
                Arrays.fill(escaped, '\0');
            }
        }
    }

    private static String escape(String text) {
        char[] escaped = new char[text.length() * 6];
        return new String(escaped, 0, escape(text.toCharArray(), escaped));
    }

    /**
     * JSON escaping as Apple's JSON writer does it ({@code \"}, {@code \\}, {@code \/}, {@code \n}…, other control
     * characters as {@code \}{@code u00XX}; non-ASCII as is), plus unpaired surrogates as {@code \}{@code uXXXX}
     * so the output stays valid UTF-8. Writes into {@code out} (six times the input's length) and returns the length.
     */
    private static int escape(char[] chars, char[] out) {
        int n = 0;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            char shortForm =
                    switch (c) {
                        case '"' -> '"';
                        case '\\' -> '\\';
                        case '/' -> '/';
                        case '\n' -> 'n';
                        case '\r' -> 'r';
                        case '\t' -> 't';
                        case '\b' -> 'b';
                        case '\f' -> 'f';
                        default -> 0;
                    };
            if (shortForm != 0) {
                out[n++] = '\\';
                out[n++] = shortForm;
            } else if (c < 0x20 || unpairedSurrogate(chars, i)) {
                out[n++] = '\\';
                out[n++] = 'u';
                for (int shift = 12; shift >= 0; shift -= 4) {
                    out[n++] = Character.forDigit((c >> shift) & 0xF, 16);
                }
            } else {
                out[n++] = c;
            }
        }
        return n;
    }

    private static boolean unpairedSurrogate(char[] chars, int i) {
        char c = chars[i];
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= chars.length || !Character.isLowSurrogate(chars[i + 1]);
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(chars[i - 1]);
        }
        return false;
    }

    /** Where the output goes; secrets arrive as characters, never as a String. */
    private interface Sink {
        void text(String text) throws IOException;

        void secret(char[] chars, int length) throws IOException;
    }

    private record PrintStreamSink(PrintStream out) implements Sink {
        @Override
        public void text(String text) {
            out.print(text);
        }

        @Override
        public void secret(char[] chars, int length) {
            char[] exact = length == chars.length ? chars : Arrays.copyOf(chars, length);
            try {
                out.print(exact); // print(char[]) encodes the characters without making a String
            } finally {
                if (exact != chars) {
                    Arrays.fill(exact, '\0');
                }
            }
        }
    }

    private record AppendableSink(Appendable out) implements Sink {
        @Override
        public void text(String text) throws IOException {
            out.append(text);
        }

        @Override
        public void secret(char[] chars, int length) throws IOException {
            for (int i = 0; i < length; i++) {
                out.append(chars[i]);
            }
        }
    }
}
