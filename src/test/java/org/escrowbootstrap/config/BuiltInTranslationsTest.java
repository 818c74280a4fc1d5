package org.escrowbootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.escrowbootstrap.model.LanguageTags;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The shipped translations: every language has every English text, with the same placeholders and Markdown. */
class BuiltInTranslationsTest {

    private static final Path FOLDER = Path.of("src/main/resources/org/escrowbootstrap/config/languages");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[a-z]+\\}");

    static List<String> translations() {
        return BuiltInTranslations.LANGUAGES.subList(1, BuiltInTranslations.LANGUAGES.size());
    }

    @Test
    void languages_areAtLeastTheFifteenTheIssueAsksFor_englishFirst() {
        assertThat(BuiltInTranslations.LANGUAGES)
                .startsWith("en")
                .contains(
                        "en", "de", "fr", "es", "it", "nl", "pt-BR", "sv", "da", "nb", "fi", "pl", "ja", "zh-Hans",
                        "ko");
        for (String tag : BuiltInTranslations.LANGUAGES) {
            assertThat(LanguageTags.canonical(tag)).as(tag).contains(tag);
        }
    }

    @Test
    void everyFileInTheFolder_isAListedLanguage() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            assertThat(files.map(f -> f.getFileName().toString().replace(".json", "")))
                    .containsExactlyInAnyOrderElementsOf(translations());
        }
    }

    @ParameterizedTest
    @MethodSource("translations")
    void translation_hasEveryEnglishText_andNothingElse(String language) {
        assertThat(BuiltInTranslations.texts(language).keySet())
                .containsExactlyInAnyOrderElementsOf(
                        BuiltInTranslations.english().keySet());
    }

    @ParameterizedTest
    @MethodSource("translations")
    void translation_keepsThePlaceholdersAndTheMarkdownOfEnglish(String language) {
        Map<EscrowConfigKey, String> texts = BuiltInTranslations.texts(language);
        BuiltInTranslations.english().forEach((key, english) -> {
            String translated = texts.get(key);
            assertThat(placeholders(translated)).as(language + " " + key).isEqualTo(placeholders(english));
            assertThat(count(translated, "### "))
                    .as(language + " " + key + " headings")
                    .isEqualTo(count(english, "### "));
            assertThat(count(translated, "`"))
                    .as(language + " " + key + " code")
                    .isEqualTo(count(english, "`"));
            assertThat(count(translated, "**") % 2)
                    .as(language + " " + key + " bold")
                    .isZero();
            assertThat(count(translated, "<br>"))
                    .as(language + " " + key + " breaks")
                    .isEqualTo(count(english, "<br>"));
            assertThat(count(translated, "\n\n"))
                    .as(language + " " + key + " paragraphs")
                    .isEqualTo(count(english, "\n\n"));
        });
    }

    @ParameterizedTest
    @MethodSource("translations")
    void translation_isReallyTranslated_notACopyOfEnglish(String language) {
        Map<EscrowConfigKey, String> texts = BuiltInTranslations.texts(language);
        long same = BuiltInTranslations.english().entrySet().stream()
                .filter(e -> e.getValue().equals(texts.get(e.getKey())))
                .count();
        // "OK" is OK in most languages; nothing else should be left in English.
        assertThat(same).as(language).isLessThanOrEqualTo(1);
    }

    @Test
    void aBrokenTranslation_isADefectThatSaysWhere() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> BuiltInTranslations.parse("xx", "{\"texts\": {\"buttonOk\": \"\"}}"))
                .hasMessageContaining("xx")
                .hasMessageContaining("texts.buttonOk");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> BuiltInTranslations.parse("xx", "{\"behaviour\": {\"maxAttempts\": 3}}"))
                .hasMessageContaining("no text to translate");
    }

    private static TreeSet<String> placeholders(String text) {
        TreeSet<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }
}
