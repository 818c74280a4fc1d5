package org.escrowbootstrap.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.escrowbootstrap.model.LanguageTags;

/**
 * The dialog engine's own words ("* Required Fields", validation messages, accessible names) in one language:
 * {@code words/<tag>.properties}, UTF-8, next to this class.
 *
 * <p>A swiftDialog script writes its own texts; these few are ours and follow the screen's language
 * ({@link org.escrowbootstrap.model.DialogSpec#language()}), else the user's locale. A word a language lacks is
 * English. {@code {0}} is filled in as written (no {@code MessageFormat}: its quoting rules would eat apostrophes).
 */
final class UiWords {

    /** Every language with a file, English first; the same as the escrow's translations. */
    static final List<String> LANGUAGES =
            List.of("en", "da", "de", "es", "fi", "fr", "it", "ja", "ko", "nb", "nl", "pl", "pt-BR", "sv", "zh-Hans");

    private static final Map<String, UiWords> LOADED = new ConcurrentHashMap<>();

    private final String language;
    private final Properties words;
    private final Properties english;

    private UiWords(String language, Properties words, Properties english) {
        this.language = language;
        this.words = words;
        this.english = english;
    }

    /** The words for {@code language} (a BCP 47 tag), or for the user's locale when it is null. */
    static UiWords of(String language) {
        String wanted = language != null ? language : Locale.getDefault().toLanguageTag();
        String tag = LanguageTags.best(List.of(wanted), LANGUAGES).orElse(LanguageTags.ENGLISH);
        return LOADED.computeIfAbsent(tag, t -> {
            Properties words = read(t);
            // English is its own fallback: read once, on the first screen's path
            return new UiWords(t, words, t.equals(LanguageTags.ENGLISH) ? words : read(LanguageTags.ENGLISH));
        });
    }

    String language() {
        return language;
    }

    /** The word for {@code key}, with {@code {0}} replaced by {@code value} when given. */
    String get(String key, String... value) {
        String word = words.getProperty(key, english.getProperty(key, key));
        return value.length == 0 ? word : word.replace("{0}", value[0]);
    }

    /** The keys of a language's file, for tests. */
    static Properties file(String language) {
        return read(language);
    }

    private static Properties read(String language) {
        Properties properties = new Properties();
        try (InputStream in = UiWords.class.getResourceAsStream("words/" + language + ".properties")) {
            if (in != null) {
                try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the engine's words unreadable: " + language, e);
        }
        return properties;
    }
}
