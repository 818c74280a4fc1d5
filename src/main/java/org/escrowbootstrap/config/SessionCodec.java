package org.escrowbootstrap.config;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonDeserializer;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.JsonSerializer;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.escrowbootstrap.model.DialogResult;
import org.escrowbootstrap.model.DialogSpec;
import org.escrowbootstrap.model.ExitCode;
import org.escrowbootstrap.model.FieldValue;
import org.escrowbootstrap.model.ImageRef;
import org.escrowbootstrap.model.ProgressSpec;
import org.escrowbootstrap.model.Secret;

/**
 * The line protocol between the escrow (root) and its UI child process in the console user's session.
 *
 * <p>One JSON object per line. Requests from the workflow: {@code show} (a spec; the child answers with a
 * {@code result}), {@code display} (a progress screen), {@code progress}, {@code close}. Replies from the child:
 * {@code ready}, {@code shown} (a screen is on display), {@code result}, {@code error}. A secure field's value travels as an array of UTF-16 code units and
 * is read with a streaming reader straight into a {@code char[]}, so neither side ever holds the password in a
 * {@link String}.
 */
public final class SessionCodec {

    private static final Gson GSON = new GsonBuilder()
            .disableHtmlEscaping()
            .registerTypeHierarchyAdapter(ImageRef.class, (JsonSerializer<ImageRef>)
                    (src, type, ctx) -> new JsonPrimitive(ImageSources.toSource(src)))
            .registerTypeHierarchyAdapter(ImageRef.class, (JsonDeserializer<ImageRef>)
                    (json, type, ctx) -> ImageRef.parse(json.getAsString()))
            .create();

    private SessionCodec() {}

    /** A request from the workflow to the child. */
    public sealed interface Request {}

    /** Show this screen and answer with its result. */
    public record Show(long id, DialogSpec spec) implements Request {}

    /** Show this screen and do not wait for the user. */
    public record Display(DialogSpec spec) implements Request {}

    /** Change the progress line. */
    public record Progress(ProgressSpec progress) implements Request {}

    /** Close the window and exit. */
    public record Close() implements Request {}

    /** A reply from the child to the workflow. */
    public sealed interface Reply {}

    /** The window is up and takes requests. */
    public record Ready() implements Reply {}

    /** The screen of request {@code id} (0 for a {@code display}) is on display. */
    public record Shown(long id) implements Reply {}

    /** How the screen of request {@code id} ended. */
    public record Result(long id, DialogResult result) implements Reply {}

    /** The child cannot go on; {@code message} says why (never a secret). */
    public record Error(String message) implements Reply {}

    public static String show(long id, DialogSpec spec) {
        JsonObject o = typed("show");
        o.addProperty("id", id);
        o.add("spec", GSON.toJsonTree(spec));
        return o.toString();
    }

    public static String display(DialogSpec spec) {
        JsonObject o = typed("display");
        o.add("spec", GSON.toJsonTree(spec));
        return o.toString();
    }

    public static String progress(ProgressSpec progress) {
        JsonObject o = typed("progress");
        o.add("progress", GSON.toJsonTree(progress));
        return o.toString();
    }

    public static String close() {
        return typed("close").toString();
    }

    public static String ready() {
        return typed("ready").toString();
    }

    public static String shown(long id) {
        JsonObject o = typed("shown");
        o.addProperty("id", id);
        return o.toString();
    }

    public static String error(String message) {
        JsonObject o = typed("error");
        o.addProperty("message", message);
        return o.toString();
    }

    /** Reads one request line; a malformed line is an {@link IllegalArgumentException} with a message. */
    public static Request readRequest(String line) {
        try {
            JsonObject o = JsonParser.parseString(line).getAsJsonObject();
            String type = o.get("type").getAsString();
            return switch (type) {
                case "show" -> new Show(o.get("id").getAsLong(), GSON.fromJson(o.get("spec"), DialogSpec.class));
                case "display" -> new Display(GSON.fromJson(o.get("spec"), DialogSpec.class));
                case "progress" -> new Progress(GSON.fromJson(o.get("progress"), ProgressSpec.class));
                case "close" -> new Close();
                default -> throw new IllegalArgumentException("unknown request type: " + type);
            };
        } catch (JsonParseException | IllegalStateException | NullPointerException | UnsupportedOperationException e) {
            throw new IllegalArgumentException("malformed request: " + e.getMessage(), e);
        }
    }

    /** Writes a result line; secure values are streamed as code units, never turned into a String. */
    public static void writeResult(long id, DialogResult result, Writer out) throws IOException {
        JsonWriter w = new JsonWriter(out);
        w.beginObject();
        w.name("type").value("result");
        w.name("id").value(id);
        w.name("exit").value(result.exitCode().name());
        w.name("values").beginArray();
        for (FieldValue value : result.values()) {
            w.beginObject();
            w.name("key").value(value.key());
            if (value instanceof FieldValue.Hidden hidden) {
                w.name("secret").beginArray();
                char[] chars = hidden.secret().copy();
                try {
                    for (char c : chars) {
                        w.value((int) c);
                    }
                } finally {
                    Arrays.fill(chars, '\0');
                }
                w.endArray();
            } else {
                w.name("text").value(((FieldValue.Text) value).text());
            }
            w.endObject();
        }
        w.endArray();
        w.endObject();
        w.flush();
        out.write('\n');
        out.flush();
    }

    /** A reply that breaks the protocol: malformed, or over one of its caps. Never holds a secret. */
    public static final class ProtocolException extends IOException {
        private static final long serialVersionUID = 1L;

        public ProtocolException(String message) {
            super(message);
        }

        ProtocolException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The most values a result may carry: a screen has a handful of fields. */
    static final int MAX_VALUES = 64;
    /** The longest text a reply may carry in one value, key, type or message. */
    static final int MAX_TEXT = 16 * 1024;
    /** The most code units of one secret: far more than any terminal prompt takes (1,023 bytes on macOS). */
    static final int MAX_SECRET = 4096;

    /**
     * Reads one reply line, as {@link SessionLines} gives it; every cap exceeded and every malformed reply is a
     * {@link ProtocolException}. The line is read where it is, and the parser's own buffer is overwritten before
     * this returns, so no copy of a secret it carried is left behind.
     */
    public static Reply readReply(char[] line) throws ProtocolException {
        ScrubbingReader source = new ScrubbingReader(line);
        JsonReader in = new JsonReader(source);
        try {
            Reply reply = readReply(in);
            if (in.peek() != JsonToken.END_DOCUMENT) { // also pulls the scrubbing tail through the parser's buffer
                throw new ProtocolException("more than one reply on a line");
            }
            return reply;
        } catch (ProtocolException e) {
            throw e;
        } catch (IOException | IllegalStateException | IllegalArgumentException | NullPointerException e) {
            throw new ProtocolException("a malformed reply (" + e.getClass().getSimpleName() + ")", e);
        } finally {
            source.scrub(in);
        }
    }

    private static Reply readReply(JsonReader in) throws IOException {
        in.beginObject();
        String type = null;
        long id = -1;
        String exit = null;
        String message = null;
        List<FieldValue> values = new ArrayList<>();
        try {
            while (in.hasNext()) {
                switch (in.nextName()) {
                    case "type" -> type = capped(in.nextString(), "type");
                    case "id" -> id = in.nextLong();
                    case "exit" -> exit = capped(in.nextString(), "exit");
                    case "message" -> message = capped(in.nextString(), "message");
                    case "values" -> readValues(in, values);
                    default -> in.skipValue();
                }
            }
            in.endObject();
            if (type == null) {
                throw new ProtocolException("a reply without a type");
            }
            return switch (type) {
                case "ready" -> new Ready();
                case "shown" -> new Shown(id);
                case "error" -> new Error(message == null ? "unknown error" : message);
                case "result" -> new Result(id, new DialogResult(ExitCode.valueOf(exit), values));
                default -> throw new ProtocolException("an unknown reply type");
            };
        } catch (IOException | RuntimeException e) {
            wipeSecrets(values);
            throw e;
        }
    }

    private static void wipeSecrets(List<FieldValue> values) {
        for (FieldValue value : values) {
            if (value instanceof FieldValue.Hidden hidden) {
                hidden.secret().close();
            }
        }
    }

    private static String capped(String text, String what) throws ProtocolException {
        if (text.length() > MAX_TEXT) {
            throw new ProtocolException("a reply whose " + what + " is longer than " + MAX_TEXT + " characters");
        }
        return text;
    }

    private static void readValues(JsonReader in, List<FieldValue> values) throws IOException {
        in.beginArray();
        while (in.hasNext()) {
            if (values.size() == MAX_VALUES) {
                throw new ProtocolException("a result with more than " + MAX_VALUES + " values");
            }
            in.beginObject();
            String key = null;
            String text = null;
            char[] secret = null;
            while (in.hasNext()) {
                switch (in.nextName()) {
                    case "key" -> key = capped(in.nextString(), "key");
                    case "text" -> text = capped(in.nextString(), "text");
                    case "secret" -> {
                        wipe(secret);
                        secret = readCodeUnits(in);
                    }
                    default -> in.skipValue();
                }
            }
            in.endObject();
            values.add(
                    secret != null ? new FieldValue.Hidden(key, Secret.adopt(secret)) : new FieldValue.Text(key, text));
        }
        in.endArray();
    }

    private static char[] readCodeUnits(JsonReader in) throws IOException {
        char[] chars = new char[16];
        int n = 0;
        in.beginArray();
        while (in.hasNext()) {
            if (n == MAX_SECRET) {
                Arrays.fill(chars, '\0');
                throw new ProtocolException("a secret longer than " + MAX_SECRET + " characters");
            }
            if (n == chars.length) {
                char[] bigger = Arrays.copyOf(chars, n * 2);
                Arrays.fill(chars, '\0');
                chars = bigger;
            }
            chars[n++] = (char) in.nextInt();
        }
        in.endArray();
        char[] exact = Arrays.copyOf(chars, n);
        Arrays.fill(chars, '\0');
        return exact;
    }

    private static void wipe(char[] chars) {
        if (chars != null) {
            Arrays.fill(chars, '\0');
        }
    }

    /**
     * Serves a reply line to the parser, then a tail of blanks as long as the parser's buffer, so that once the
     * parser has read to the end its buffer holds blanks, not the line (and the secret in it).
     */
    private static final class ScrubbingReader extends Reader {
        private static final int TAIL = 8 * 1024; // Gson's buffer is 1,024 chars; several times that, to be sure

        private final char[] line;
        private int pos;
        private int tailLeft = TAIL;

        ScrubbingReader(char[] line) {
            this.line = line;
        }

        @Override
        public int read(char[] target, int off, int len) {
            if (pos < line.length) {
                int n = Math.min(len, line.length - pos);
                System.arraycopy(line, pos, target, off, n);
                pos += n;
                return n;
            }
            if (tailLeft == 0) {
                return -1;
            }
            int n = Math.min(len, tailLeft);
            Arrays.fill(target, off, off + n, ' ');
            tailLeft -= n;
            return n;
        }

        /** Makes sure the parser has read the whole tail, even after an error half-way through the line. */
        void scrub(JsonReader in) {
            pos = line.length;
            try {
                while (tailLeft > 0 && in.peek() != JsonToken.END_DOCUMENT) {
                    in.skipValue();
                }
            } catch (IOException | IllegalStateException e) {
                // A parser stuck on an error reads no more: nothing more can be scrubbed through it.
            }
        }

        @Override
        public void close() {
            // Nothing to release: the caller owns and wipes the line.
        }
    }

    private static JsonObject typed(String type) {
        JsonObject o = new JsonObject();
        o.addProperty("type", type);
        return o;
    }
}
