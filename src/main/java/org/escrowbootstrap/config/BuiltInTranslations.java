package org.escrowbootstrap.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.escrowbootstrap.model.LanguageTags;

/**
 * The shipped translations of the escrow's texts: {@code languages/<tag>.json} in the jar, one UTF-8 file per
 * language, in the nested shape of a config file; English is the built-in defaults themselves.
 *
 * <p>To add a language, copy {@code de.json} to the new tag's name, translate every text (keep the Markdown and the
 * {@code {placeholders}}), and add the tag to {@link #LANGUAGES}; {@code BuiltInTranslationsTest} checks that it
 * has every key with the same placeholders as English. Like the defaults, a broken file is a build defect and
 * fails loudly here.
 */
final class BuiltInTranslations {

    /** Every shipped language, English first. */
    static final List<String> LANGUAGES =
            List.of("en", "da", "de", "es", "fi", "fr", "it", "ja", "ko", "nb", "nl", "pl", "pt-BR", "sv", "zh-Hans");

    static final String FOLDER = "languages/";

    private static final Map<String, Map<EscrowConfigKey, String>> TEXTS = load();

    private BuiltInTranslations() {}

    /** The built-in text of {@code key} in {@code language}, when that language is shipped and translates it. */
    static Optional<String> text(String language, EscrowConfigKey key) {
        return Optional.ofNullable(TEXTS.getOrDefault(language, Map.of()).get(key));
    }

    /** Every text of one shipped language; empty for a language we do not ship. */
    static Map<EscrowConfigKey, String> texts(String language) {
        return TEXTS.getOrDefault(language, Map.of());
    }

    /** The English texts every translation must have: the defaults' translatable keys that are not empty. */
    static Map<EscrowConfigKey, String> english() {
        Map<EscrowConfigKey, String> english = new EnumMap<>(EscrowConfigKey.class);
        EscrowConfig defaults = EscrowDefaults.config();
        for (EscrowConfigKey key : EscrowConfigKey.values()) {
            if (key.translatable() && !defaults.text(key).isEmpty()) {
                english.put(key, defaults.text(key));
            }
        }
        return Collections.unmodifiableMap(english);
    }

    /** The file of a shipped language, as text; for tests. */
    static String resourceText(String language) {
        String name = FOLDER + language + ".json";
        try (InputStream in = BuiltInTranslations.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("built-in translation missing from the jar: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("built-in translation unreadable: " + name, e);
        }
    }

    private static Map<String, Map<EscrowConfigKey, String>> load() {
        Map<String, Map<EscrowConfigKey, String>> all = new LinkedHashMap<>();
        all.put(LanguageTags.ENGLISH, english());
        for (String language : LANGUAGES.subList(1, LANGUAGES.size())) {
            all.put(language, Collections.unmodifiableMap(parse(language, resourceText(language))));
        }
        return Collections.unmodifiableMap(all);
    }

    /** The file's texts, each checked as its key's value is; anything else in it is a defect. */
    static Map<EscrowConfigKey, String> parse(String language, String json) {
        String name = "built-in translation " + language;
        EscrowConfigLayer layer =
                EscrowJsonFile.parse(json, name, new EscrowConfigSource.BuiltInTranslation(language), null);
        if (!layer.problems().isEmpty()) {
            throw new IllegalStateException(name + " is invalid: " + layer.problems());
        }
        Map<EscrowConfigKey, String> texts = new EnumMap<>(EscrowConfigKey.class);
        for (EscrowRawSetting raw : layer.settings()) {
            EscrowConfigKey key = EscrowConfigKey.find(raw.name())
                    .filter(EscrowConfigKey::translatable)
                    .orElseThrow(
                            () -> new IllegalStateException(name + ": " + raw.name() + " is no text to translate"));
            EscrowValueCheck.Checked checked = EscrowValueCheck.check(key, raw.raw(), false, null);
            if (!(checked instanceof EscrowValueCheck.Accepted accepted)) {
                throw new IllegalStateException(
                        name + ": " + key + ": " + ((EscrowValueCheck.Refused) checked).reason());
            }
            texts.put(key, (String) accepted.value());
        }
        return texts;
    }
}
