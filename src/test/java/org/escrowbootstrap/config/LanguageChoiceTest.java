package org.escrowbootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The language of the screens: --language, then texts.language, then the user's preferences, then English. */
class LanguageChoiceTest {

    private static EscrowConfig configured(String language) {
        EscrowConfigMerger merger = new EscrowConfigMerger(EscrowConfig.defaults());
        merger.apply(EscrowConfigLoader.commandLine(List.of("texts.language=" + language)));
        return merger.config();
    }

    @Test
    void automatic_followsTheUsersPreferredLanguages() {
        LanguageChoice choice =
                LanguageChoice.choose(EscrowConfig.defaults(), Optional.empty(), () -> List.of("de-CH", "en-US"));

        assertThat(choice.language()).isEqualTo("de");
        assertThat(choice.reason()).contains("de-CH, en-US");
        assertThat(choice.warning()).isEmpty();
    }

    @Test
    void automatic_withoutPreferences_isEnglishWithoutAWarning() {
        LanguageChoice choice = LanguageChoice.choose(EscrowConfig.defaults(), Optional.empty(), List::of);

        assertThat(choice.language()).isEqualTo("en");
        assertThat(choice.warning()).isEmpty();
    }

    @Test
    void automatic_noPreferenceAvailable_isEnglishWithOneWarning() {
        LanguageChoice choice =
                LanguageChoice.choose(EscrowConfig.defaults(), Optional.empty(), () -> List.of("uk-UA", "ru"));

        assertThat(choice.language()).isEqualTo("en");
        assertThat(choice.warning()).hasValueSatisfying(w -> assertThat(w).contains("uk-UA, ru"));
    }

    @Test
    void configKey_winsOverTheUser_andIsNotEvenAskedFor() {
        AtomicInteger asked = new AtomicInteger();
        Supplier<List<String>> user = () -> {
            asked.incrementAndGet();
            return List.of("fr");
        };

        LanguageChoice choice = LanguageChoice.choose(configured("ja-JP"), Optional.empty(), user);

        assertThat(choice.language()).isEqualTo("ja");
        assertThat(choice.reason()).contains("texts.language").contains("command line");
        assertThat(asked).hasValue(0);
    }

    @Test
    void commandLine_winsOverTheConfigKey() {
        LanguageChoice choice = LanguageChoice.choose(configured("ja"), Optional.of("pt-PT"), List::of);

        assertThat(choice.language()).isEqualTo("pt-BR");
        assertThat(choice.reason()).isEqualTo("--language pt-PT");
    }

    @Test
    void unknownLanguage_isEnglishWithOneWarningNamingIt() {
        LanguageChoice choice = LanguageChoice.choose(EscrowConfig.defaults(), Optional.of("klingon"), List::of);

        assertThat(choice.language()).isEqualTo("en");
        assertThat(choice.warning())
                .hasValueSatisfying(w -> assertThat(w).contains("\"klingon\"").contains("English"));
    }

    @Test
    void automatic_isTheDefault() {
        assertThat(EscrowConfig.defaults().text(EscrowConfigKey.LANGUAGE)).isEqualTo(LanguageChoice.AUTOMATIC);
    }
}
