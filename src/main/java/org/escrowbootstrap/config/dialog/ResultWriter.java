package org.escrowbootstrap.config.dialog;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.escrowbootstrap.model.DialogResult;
import org.escrowbootstrap.model.DialogSpec;
import org.escrowbootstrap.model.ExitCode;
import org.escrowbootstrap.model.FieldValue;

/**
 * Writes what the user entered the way swiftDialog prints it on stdout: the {@code dialog} mode's API.
 *
 * <p>Printed only on exit 0, or on every exit with {@code --alwaysreturninput}. Plain mode is one line per text
 * field, {@code <name-or-title> : <value>}, no quotes and the value raw. JSON mode ({@code --json}) is one object in
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
        if (json) {
            writeJson(result, sink);
        } else {
            for (FieldValue value : result.values()) {
                if (value instanceof FieldValue.Choice choice) {
                    // swiftDialog quotes list selections, key and value, unlike text fields
                    sink.text("\"" + choice.key() + "\" : \"" + choice.selected() + "\"\n");
                    continue;
                }
                sink.text(value.key() + " : ");
                writeValue(value, false, sink);
                sink.text("\n");
            }
        }
        return true;
    }

    private static void writeJson(DialogResult result, Sink sink) throws IOException {
        Map<String, FieldValue> byKey = new LinkedHashMap<>();
        for (FieldValue value : result.values()) {
            byKey.put(value.key(), value); // a repeated key keeps its first place, takes the last value
        }
        if (byKey.isEmpty()) {
            sink.text("{\n\n}\n");
            return;
        }
        sink.text("{\n");
        int remaining = byKey.size();
        for (FieldValue value : byKey.values()) {
            sink.text("  \"");
            sink.text(escape(value.key()));
            if (value instanceof FieldValue.Choice choice) {
                sink.text("\" : " + choice.selected() + (--remaining > 0 ? ",\n" : "\n"));
                continue;
            }
            sink.text("\" : \"");
            writeValue(value, true, sink);
            sink.text(--remaining > 0 ? "\",\n" : "\"\n");
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
