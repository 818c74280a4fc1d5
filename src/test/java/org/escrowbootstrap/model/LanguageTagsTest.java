package org.escrowbootstrap.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Canonical tags and the best available language for a user's preferences. */
class LanguageTagsTest {

    private static final List<String> SHIPPED =
            List.of("en", "da", "de", "es", "fi", "fr", "it", "ja", "ko", "nb", "nl", "pl", "pt-BR", "sv", "zh-Hans");

    @Test
    void canonical_fixesCaseAndMacOsUnderscores() {
        assertThat(LanguageTags.canonical("zh-hans")).contains("zh-Hans");
        assertThat(LanguageTags.canonical("PT_br")).contains("pt-BR");
        assertThat(LanguageTags.canonical(" de ")).contains("de");
    }

    @Test
    void canonical_refusesWhatIsNoLanguageTag() {
        assertThat(LanguageTags.canonical("")).isEmpty();
        assertThat(LanguageTags.canonical("German")).isEmpty();
        assertThat(LanguageTags.canonical("de/../../etc")).isEmpty();
        assertThat(LanguageTags.canonical("d")).isEmpty();
        assertThat(LanguageTags.canonical("x".repeat(3) + "-" + "a".repeat(40))).isEmpty();
        assertThat(LanguageTags.canonical(null)).isEmpty();
    }

    @Test
    void best_regionalVariant_findsTheLanguage() {
        assertThat(LanguageTags.best(List.of("de-CH"), SHIPPED)).contains("de");
        assertThat(LanguageTags.best(List.of("fr-CA"), SHIPPED)).contains("fr");
        assertThat(LanguageTags.best(List.of("es-419"), SHIPPED)).contains("es");
        assertThat(LanguageTags.best(List.of("en-GB"), SHIPPED)).contains("en");
    }

    @Test
    void best_europeanPortuguese_fallsBackToBrazilianRatherThanEnglish() {
        assertThat(LanguageTags.best(List.of("pt-PT"), SHIPPED)).contains("pt-BR");
        assertThat(LanguageTags.best(List.of("pt"), SHIPPED)).contains("pt-BR");
    }

    @Test
    void best_chinese_keepsItsScripts() {
        assertThat(LanguageTags.best(List.of("zh-Hans-CN"), SHIPPED)).contains("zh-Hans");
        assertThat(LanguageTags.best(List.of("zh-CN"), SHIPPED)).contains("zh-Hans");
        assertThat(LanguageTags.best(List.of("zh"), SHIPPED)).contains("zh-Hans");
        assertThat(LanguageTags.best(List.of("zh-Hant-TW"), SHIPPED)).isEmpty();
        assertThat(LanguageTags.best(List.of("zh-TW", "ja-JP"), SHIPPED)).contains("ja");
    }

    @Test
    void best_norwegian_readsBokmal() {
        assertThat(LanguageTags.best(List.of("no"), SHIPPED)).contains("nb");
        assertThat(LanguageTags.best(List.of("nn-NO"), SHIPPED)).contains("nb");
        assertThat(LanguageTags.best(List.of("nb-NO"), SHIPPED)).contains("nb");
    }

    @Test
    void best_takesTheFirstPreferenceThatCanBeServed() {
        assertThat(LanguageTags.best(List.of("uk-UA", "ru", "fi-FI", "en-US"), SHIPPED))
                .contains("fi");
        assertThat(LanguageTags.best(List.of("uk-UA", "garbage!", "ru"), SHIPPED))
                .isEmpty();
    }

    @Test
    void best_anAdminsOwnLanguage_isServedToo() {
        assertThat(LanguageTags.best(List.of("uk-UA"), List.of("en", "uk"))).contains("uk");
        assertThat(LanguageTags.best(List.of("de-AT"), List.of("de", "de-AT"))).contains("de-AT");
    }
}
