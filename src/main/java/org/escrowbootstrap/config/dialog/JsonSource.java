package org.escrowbootstrap.config.dialog;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.escrowbootstrap.model.ExitCode;

/**
 * The text of {@code --jsonfile} or {@code --jsonstring}, parsed as strict JSON, with clear messages when it is not.
 *
 * <p>One leniency, as Apple's parser has it: a trailing comma before {@code }} or {@code ]} is accepted.
 *
 * <p>swiftDialog turns every real newline of {@code --jsonstring} into {@code \n} before parsing, which keeps a
 * newline inside a string value working but breaks pretty-printed JSON. We escape raw line breaks and tabs only
 * inside strings, so both work, and report errors at their line and column in the text as the user wrote it.
 */
final class JsonSource {

    static final String IMPORT_FAILED = "JSON import failed";

    private static final Pattern GSON_POSITION = Pattern.compile("^(.*?) at line (\\d+) column (\\d+)", Pattern.DOTALL);

    private JsonSource() {}

    /** Reads a {@code --jsonfile}: a missing or unreadable file ends the program with exit 202, as in swiftDialog. */
    static String readFile(String path) throws DialogInputException {
        try {
            byte[] bytes = Files.readAllBytes(Path.of(path));
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw fileNotFound(path, "no such file");
        } catch (AccessDeniedException e) {
            throw fileNotFound(path, "permission denied");
        } catch (InvalidPathException e) {
            throw fileNotFound(path, "cannot be read");
        } catch (IOException e) {
            throw fileNotFound(path, Files.isDirectory(Path.of(path)) ? "is a directory" : "cannot be read");
        }
    }

    private static DialogInputException fileNotFound(String path, String reason) {
        return new DialogInputException(
                ExitCode.FILE_NOT_FOUND, "ERROR: File not found : " + path, "--jsonfile " + path + ": " + reason);
    }

    /**
     * Parses {@code text}; {@code origin} names it in messages ({@code --jsonstring}, {@code --jsonfile x.json}).
     *
     * @throws DialogInputException with exit 202 when the text is empty or not valid JSON
     */
    static JsonElement parse(String text, String origin) throws DialogInputException {
        String source = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (source.isBlank()) {
            throw new DialogInputException(
                    ExitCode.FILE_NOT_FOUND, IMPORT_FAILED, origin + ": no JSON, the text is empty");
        }
        Escaped escaped = escapeControlCharactersInStrings(source);
        JsonReader reader = new JsonReader(new StringReader(escaped.text()));
        reader.setStrictness(Strictness.STRICT);
        JsonElement element;
        try {
            element = JsonParser.parseReader(reader);
        } catch (JsonParseException e) {
            throw failed(e.getCause() != null ? e.getCause() : e, null, source, escaped, origin);
        }
        try {
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw failed(null, "text after the end of the JSON value", source, escaped, origin);
            }
        } catch (IOException e) {
            throw failed(e, "text after the end of the JSON value", source, escaped, origin);
        }
        return element;
    }

    private static DialogInputException failed(
            Throwable gson, String reason, String source, Escaped escaped, String origin) {
        String message = gson == null ? "" : String.valueOf(gson.getMessage());
        Matcher m = GSON_POSITION.matcher(message);
        String because = reason != null ? reason : m.find() ? reason(m.group(1)) : "malformed";
        String where = "";
        if (m.find(0)) {
            int offset = escaped.originalOffset(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            while (offset < source.length() && Character.isWhitespace(source.charAt(offset))) {
                offset++; // the culprit is never blank: point at the next thing written
            }
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < offset && i < source.length(); i++) {
                if (source.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            where = " at line " + line + ", column " + (offset - lineStart + 1);
        }
        return new DialogInputException(
                ExitCode.FILE_NOT_FOUND, IMPORT_FAILED, origin + ": not valid JSON" + where + ": " + because);
    }

    /** Gson's wording, put in terms of what the user should look for. */
    private static String reason(String gson) {
        if (gson.startsWith("Expected name")) {
            return "expected a key in double quotes (a comma too many?)";
        }
        if (gson.startsWith("Expected ':'")) {
            return "expected ':' after the key";
        }
        if (gson.startsWith("Unterminated object")) {
            return "expected ',' or '}'";
        }
        if (gson.startsWith("Unterminated array")) {
            return "expected ',' or ']'";
        }
        if (gson.startsWith("Unterminated string")) {
            return "a string has no closing double quote";
        }
        if (gson.startsWith("End of input")) {
            return "the JSON ends too early (a missing '}' or ']'?)";
        }
        if (gson.startsWith("Invalid escape sequence")) {
            return "invalid backslash escape in a string (write \\\\ for a backslash)";
        }
        if (gson.startsWith("Unescaped control characters")) {
            return "a control character in a string must be escaped";
        }
        return "unexpected text (JSON needs double quotes around keys and strings, and true, false or null)";
    }

    /** The text with line breaks and tabs inside strings escaped, and where each character came from. */
    record Escaped(String text, int[] origins) {

        /**
         * The offset in the original text of the character at Gson's 1-based line and column in the escaped text.
         * Gson's column counts the characters read so far, so the offending character is the one before it.
         */
        int originalOffset(int line, int column) {
            int lineStart = 0;
            for (int l = 1; l < line && lineStart < text.length(); l++) {
                int newline = text.indexOf('\n', lineStart);
                lineStart = newline < 0 ? text.length() : newline + 1;
            }
            int offset = Math.max(lineStart, Math.min(text.length(), lineStart + column - 2));
            return offset < origins.length
                    ? origins[offset]
                    : origins.length == 0 ? 0 : origins[origins.length - 1] + 1;
        }
    }

    static Escaped escapeControlCharactersInStrings(String source) {
        StringBuilder out = new StringBuilder(source.length() + 16);
        int[] origins = new int[source.length() * 2];
        boolean inString = false;
        boolean escaping = false;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            String replacement = null;
            if (inString && !escaping && (c == '\n' || c == '\r' || c == '\t')) {
                replacement = c == '\n' ? "\\n" : c == '\r' ? "\\r" : "\\t";
            }
            if (inString) {
                if (escaping) {
                    escaping = false;
                } else if (c == '\\') {
                    escaping = true;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == ',' && closesNext(source, i + 1)) {
                replacement =
                        " "; // Apple's parser, and so swiftDialog, accepts a comma before } or ]: scripts rely on it
            }
            String emitted = replacement != null ? replacement : String.valueOf(c);
            for (int k = 0; k < emitted.length(); k++) {
                origins[out.length()] = i;
                out.append(emitted.charAt(k));
            }
        }
        return new Escaped(out.toString(), Arrays.copyOf(origins, out.length()));
    }

    /** Whether the next character written from {@code from} on, outside a string, closes an object or array. */
    private static boolean closesNext(String source, int from) {
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '}' || c == ']';
            }
        }
        return false;
    }
}
