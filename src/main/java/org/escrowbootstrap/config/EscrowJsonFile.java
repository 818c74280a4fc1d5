package org.escrowbootstrap.config;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an escrow config JSON text into raw settings, with the line of every key for messages.
 *
 * <p>Strict JSON (no comments, no trailing commas): editors validate it against the schema, and a file that is
 * not JSON is reported with its line and column and then ignored as a whole, never half-applied.
 */
final class EscrowJsonFile {

    static final String SCHEMA_MEMBER = "$schema";

    private static final Pattern GSON_PATH = Pattern.compile(" path \\$\\.?(\\S*)");

    private EscrowJsonFile() {}

    /** Reads the file; an unreadable or malformed file is an ERROR problem and contributes nothing. */
    static EscrowConfigLayer read(Path file, EscrowConfigSource source) {
        String text;
        try {
            text = decode(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return EscrowConfigLayer.failed(EscrowConfigProblem.error(
                    file.toString(), null, "config file not found; using the other sources without it"));
        } catch (CharacterCodingException e) {
            return EscrowConfigLayer.failed(
                    EscrowConfigProblem.error(file.toString(), null, "config file is not UTF-8 text; it is ignored"));
        } catch (IOException e) {
            return EscrowConfigLayer.failed(EscrowConfigProblem.error(
                    file.toString(), null, "config file cannot be read (" + e.getMessage() + "); it is ignored"));
        }
        Path base = file.toAbsolutePath().getParent();
        return parse(text, file.toString(), source, base);
    }

    /** Parses JSON text; {@code name} is what messages call it (a path or the resource name). */
    static EscrowConfigLayer parse(String text, String name, EscrowConfigSource source, Path baseDirectory) {
        if (text.isBlank()) {
            return malformed(name, "the file is empty");
        }
        JsonElement root;
        try {
            JsonReader reader = new JsonReader(new StringReader(text));
            reader.setStrictness(Strictness.STRICT);
            root = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                return malformed(name, "more than one JSON value in the file");
            }
        } catch (JsonParseException | IOException | IllegalStateException e) {
            return malformed(name, syntaxMessage(e));
        }
        if (!root.isJsonObject()) {
            return malformed(name, "the file must hold one JSON object { … }");
        }
        JsonLineLocator.Lines lines = JsonLineLocator.locate(text);
        List<EscrowRawSetting> settings = new ArrayList<>();
        List<EscrowConfigProblem> problems = new ArrayList<>();
        for (String duplicate : lines.duplicates()) {
            problems.add(EscrowConfigProblem.warning(
                    at(name, lines.lineOf(duplicate)), duplicate, "written twice; the later value wins"));
        }
        for (Map.Entry<String, JsonElement> section : root.getAsJsonObject().entrySet()) {
            String sectionName = section.getKey();
            String where = at(name, lines.lineOf(sectionName));
            if (sectionName.equals(SCHEMA_MEMBER)) {
                continue; // editors' pointer to the schema
            }
            if (sectionName.equals(EscrowConfig.LANGUAGES_SECTION)) {
                languages(section.getValue(), name, source, baseDirectory, lines, settings, problems);
                continue;
            }
            if (!EscrowKeySuggestions.isSection(sectionName)) {
                problems.add(EscrowConfigProblem.warning(
                        where,
                        sectionName,
                        "unknown section" + EscrowKeySuggestions.hintForSection(sectionName) + "; ignored"));
                continue;
            }
            if (!section.getValue().isJsonObject()) {
                problems.add(EscrowConfigProblem.warning(
                        where, sectionName, "must be an object { … } of settings; ignored"));
                continue;
            }
            for (Map.Entry<String, JsonElement> member :
                    section.getValue().getAsJsonObject().entrySet()) {
                String key = sectionName + "." + member.getKey();
                settings.add(new EscrowRawSetting(
                        key, raw(member.getValue()), source, at(name, lines.lineOf(key)), baseDirectory));
            }
        }
        return new EscrowConfigLayer(settings, problems);
    }

    /**
     * The {@code languages} section: language code → sections → texts, read as {@code languages.<tag>.<key>};
     * the merger checks the codes and keys.
     */
    private static void languages(
            JsonElement value,
            String name,
            EscrowConfigSource source,
            Path baseDirectory,
            JsonLineLocator.Lines lines,
            List<EscrowRawSetting> settings,
            List<EscrowConfigProblem> problems) {
        String section = EscrowConfig.LANGUAGES_SECTION;
        if (!value.isJsonObject()) {
            problems.add(EscrowConfigProblem.warning(
                    at(name, lines.lineOf(section)),
                    section,
                    "must be an object of language codes, e.g. {\"de\": {\"texts\": {…}}}; ignored"));
            return;
        }
        for (Map.Entry<String, JsonElement> language : value.getAsJsonObject().entrySet()) {
            String prefix = section + "." + language.getKey();
            if (!language.getValue().isJsonObject()) {
                problems.add(EscrowConfigProblem.warning(
                        at(name, lines.lineOf(prefix)), prefix, "must be an object of sections; ignored"));
                continue;
            }
            for (Map.Entry<String, JsonElement> part :
                    language.getValue().getAsJsonObject().entrySet()) {
                String sectionKey = prefix + "." + part.getKey();
                if (!part.getValue().isJsonObject()) {
                    problems.add(EscrowConfigProblem.warning(
                            at(name, lines.lineOf(sectionKey)),
                            sectionKey,
                            "must be an object { … } of texts; ignored"));
                    continue;
                }
                for (Map.Entry<String, JsonElement> member :
                        part.getValue().getAsJsonObject().entrySet()) {
                    String key = sectionKey + "." + member.getKey();
                    settings.add(new EscrowRawSetting(
                            key, raw(member.getValue()), source, at(name, lines.lineOf(key)), baseDirectory));
                }
            }
        }
    }

    private static EscrowConfigLayer malformed(String name, String detail) {
        return EscrowConfigLayer.failed(EscrowConfigProblem.error(
                name,
                null,
                "not valid JSON: " + detail + "; the whole file is ignored and the escrow goes on"
                        + " with the other sources"));
    }

    private static Object raw(JsonElement element) {
        if (element.isJsonPrimitive()) {
            JsonPrimitive p = element.getAsJsonPrimitive();
            if (p.isBoolean()) {
                return p.getAsBoolean();
            }
            if (p.isNumber()) {
                Optional<Long> whole = NumberText.whole(p.getAsString());
                return whole.isPresent() ? whole.get() : new BigDecimal(p.getAsString());
            }
            return p.getAsString();
        }
        if (element.isJsonNull()) {
            return new EscrowRawSetting.Unsupported("null");
        }
        return new EscrowRawSetting.Unsupported(element.isJsonArray() ? "a list" : "an object");
    }

    private static String syntaxMessage(Exception e) {
        Throwable cause =
                e.getCause() != null && e.getMessage() != null && e.getMessage().contains("Exception")
                        ? e.getCause()
                        : e;
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        // Gson appends a link to its troubleshooting page and speaks to programmers; admins need the spot.
        int see = message.indexOf("\nSee ");
        message = (see >= 0 ? message.substring(0, see) : message).strip();
        message = message.replace(
                "Use JsonReader.setStrictness(Strictness.LENIENT) to accept malformed JSON",
                "strict JSON expected (no comments, single quotes, bare words or text after the closing brace)");
        Matcher path = GSON_PATH.matcher(message);
        if (path.find()) {
            String member = path.group(1);
            message = message.substring(0, path.start())
                    + (member.isEmpty() ? "" : " (in \"" + member + "\")")
                    + message.substring(path.end());
        }
        return message;
    }

    static String at(String name, int line) {
        return line > 0 ? name + " line " + line : name;
    }

    private static String decode(byte[] bytes) throws CharacterCodingException {
        String text = StandardCharsets.UTF_8
                .newDecoder()
                .decode(ByteBuffer.wrap(bytes))
                .toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text; // editors on Windows write a BOM
    }
}
