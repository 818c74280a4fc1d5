package org.escrowbootstrap.config;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonDeserializer;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.JsonSerializer;
import com.google.gson.Strictness;
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

    /** Reads the replies a child writes, one after another, without holding a line of text in memory. */
    public static final class ReplyStream {
        private final JsonReader in;

        private ReplyStream(Reader reader) {
            in = new JsonReader(reader);
            in.setStrictness(Strictness.LENIENT); // several top-level objects, one per line
        }

        /** The next reply, or null at the end of the stream. */
        public Reply next() throws IOException {
            return readReply(in);
        }
    }

    public static ReplyStream replies(Reader reader) {
        return new ReplyStream(reader);
    }

    private static Reply readReply(JsonReader in) throws IOException {
        try {
            if (in.peek() == JsonToken.END_DOCUMENT) {
                return null;
            }
            in.beginObject();
            String type = null;
            long id = -1;
            String exit = null;
            String message = null;
            List<FieldValue> values = new ArrayList<>();
            while (in.hasNext()) {
                switch (in.nextName()) {
                    case "type" -> type = in.nextString();
                    case "id" -> id = in.nextLong();
                    case "exit" -> exit = in.nextString();
                    case "message" -> message = in.nextString();
                    case "values" -> readValues(in, values);
                    default -> in.skipValue();
                }
            }
            in.endObject();
            if (type == null) {
                throw new IOException("reply without a type");
            }
            return switch (type) {
                case "ready" -> new Ready();
                case "shown" -> new Shown(id);
                case "error" -> new Error(message == null ? "unknown error" : message);
                case "result" -> new Result(id, new DialogResult(ExitCode.valueOf(exit), values));
                default -> throw new IOException("unknown reply type: " + type);
            };
        } catch (IllegalStateException | IllegalArgumentException | NullPointerException e) {
            throw new IOException(
                    "malformed reply from the UI process: " + e.getClass().getSimpleName(), e);
        }
    }

    private static void readValues(JsonReader in, List<FieldValue> values) throws IOException {
        in.beginArray();
        while (in.hasNext()) {
            in.beginObject();
            String key = null;
            String text = null;
            char[] secret = null;
            while (in.hasNext()) {
                switch (in.nextName()) {
                    case "key" -> key = in.nextString();
                    case "text" -> text = in.nextString();
                    case "secret" -> secret = readCodeUnits(in);
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

    private static JsonObject typed(String type) {
        JsonObject o = new JsonObject();
        o.addProperty("type", type);
        return o;
    }
}
