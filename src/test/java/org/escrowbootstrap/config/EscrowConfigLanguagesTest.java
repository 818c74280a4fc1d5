package org.escrowbootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.dd.plist.NSDictionary;
import com.dd.plist.PropertyListParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Texts per language: the admin's per language, else the built-in translation; English-only texts stay English. */
class EscrowConfigLanguagesTest {

    @TempDir
    Path root;

    private LoadedEscrowConfig load(String json, String... overrides) throws Exception {
        Path file = root.resolve("escrow.json");
        Files.writeString(file, json);
        return EscrowConfigLoader.load(EscrowConfigSources.of(root, file, null, List.of(overrides)));
    }

    @Test
    void noAdminTexts_eachLanguageGetsItsBuiltInTranslation() {
        EscrowConfig german = EscrowConfig.defaults().forLanguage("de");

        assertThat(german.text(EscrowConfigKey.BUTTON_CANCEL)).isEqualTo("Abbrechen");
        assertThat(german.source(EscrowConfigKey.BUTTON_CANCEL))
                .isEqualTo(new EscrowConfigSource.BuiltInTranslation("de"));
        assertThat(german.language()).contains("de");
        assertThat(EscrowConfig.defaults().forLanguage("en").text(EscrowConfigKey.BUTTON_CANCEL))
                .isEqualTo("Cancel");
    }

    @Test
    void englishOnlyAdminText_replacesTheBuiltInEnglishOnly() throws Exception {
        LoadedEscrowConfig loaded = load("{\"texts\": {\"buttonCancel\": \"Not now\"}}");

        assertThat(loaded.config().forLanguage("en").text(EscrowConfigKey.BUTTON_CANCEL))
                .isEqualTo("Not now");
        EscrowConfig french = loaded.config().forLanguage("fr");
        assertThat(french.text(EscrowConfigKey.BUTTON_CANCEL)).isEqualTo("Annuler");
        assertThat(french.source(EscrowConfigKey.BUTTON_CANCEL))
                .isEqualTo(new EscrowConfigSource.BuiltInTranslation("fr"));
    }

    @Test
    void theAdminsHelpDeskAndItsLink_standInEveryLanguage_unlessGivenForOne() throws Exception {
        LoadedEscrowConfig loaded = load(
                "{\"support\": {\"contact\": \"the Service Desk (ext. 4357)\", \"url\": \"https://help.example.com\"},"
                        + " \"languages\": {\"fr\": {\"support\": {\"contact\": \"le Service Desk (poste 4357)\"}}}}");

        EscrowConfig german = loaded.config().forLanguage("de");
        assertThat(german.text(EscrowConfigKey.SUPPORT_CONTACT)).isEqualTo("the Service Desk (ext. 4357)");
        assertThat(german.text(EscrowConfigKey.SUPPORT_URL)).isEqualTo("https://help.example.com");
        assertThat(loaded.config().forLanguage("fr").text(EscrowConfigKey.SUPPORT_CONTACT))
                .isEqualTo("le Service Desk (poste 4357)");
        assertThat(EscrowConfig.defaults().forLanguage("de").text(EscrowConfigKey.SUPPORT_CONTACT))
                .as("no contact configured: the built-in words")
                .isEqualTo("Ihr IT-Support-Team");
    }

    @Test
    void adminTextForALanguage_winsThere_withItsFileAndLine() throws Exception {
        LoadedEscrowConfig loaded = load(String.join(
                "\n",
                "{",
                "  \"texts\": {\"buttonCancel\": \"Not now\"},",
                "  \"languages\": {",
                "    \"de\": {",
                "      \"texts\": {\"buttonCancel\": \"Später\"},",
                "      \"support\": {\"contact\": \"der IT-Service (Tel. 4711)\"}",
                "    }",
                "  }",
                "}"));

        assertThat(loaded.problems()).isEmpty();
        EscrowConfig german = loaded.config().forLanguage("de");
        assertThat(german.text(EscrowConfigKey.BUTTON_CANCEL)).isEqualTo("Später");
        assertThat(german.setting(EscrowConfigKey.BUTTON_CANCEL).location()).endsWith("escrow.json line 5");
        assertThat(german.text(EscrowConfigKey.SUPPORT_CONTACT)).isEqualTo("der IT-Service (Tel. 4711)");
        assertThat(german.text(EscrowConfigKey.BUTTON_OK)).isEqualTo("OK");
        assertThat(loaded.config().forLanguage("nl").text(EscrowConfigKey.BUTTON_CANCEL))
                .isEqualTo("Annuleer");
    }

    @Test
    void adminLanguageWeDoNotShip_isAvailable_andFallsBackToTheConfiguredTexts() throws Exception {
        LoadedEscrowConfig loaded = load("{\"languages\": {\"uk\": {\"texts\": {\"buttonCancel\": \"Скасувати\"}}}}");

        assertThat(loaded.config().availableLanguages()).contains("uk", "de", "en");
        EscrowConfig ukrainian = loaded.config().forLanguage("uk");
        assertThat(ukrainian.text(EscrowConfigKey.BUTTON_CANCEL)).isEqualTo("Скасувати");
        assertThat(ukrainian.text(EscrowConfigKey.BUTTON_DONE)).isEqualTo("Done");
    }

    @Test
    void adminVariantOfAShippedLanguage_borrowsTheRestFromThatLanguage_notFromEnglish() throws Exception {
        LoadedEscrowConfig loaded = load("{\"languages\": {\"pt-PT\": {\"texts\": {\"buttonDone\": \"Concluir\"}}}}");

        EscrowConfig european = loaded.config().forLanguage("pt-PT");

        assertThat(european.text(EscrowConfigKey.BUTTON_DONE)).isEqualTo("Concluir");
        assertThat(european.text(EscrowConfigKey.BUTTON_CANCEL)).isEqualTo("Cancelar");
        assertThat(european.source(EscrowConfigKey.BUTTON_CANCEL))
                .isEqualTo(new EscrowConfigSource.BuiltInTranslation("pt-BR"));
    }

    @Test
    void languageTexts_fromTheCommandLineAndJamf_useTheDottedName() throws Exception {
        LoadedEscrowConfig loaded =
                load("{}", "languages.fr.texts.buttonDone=Fermer", "languages.PT-br.texts.buttonDone=Fechar");

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.config().forLanguage("fr").text(EscrowConfigKey.BUTTON_DONE))
                .isEqualTo("Fermer");
        assertThat(loaded.config().forLanguage("pt-BR").text(EscrowConfigKey.BUTTON_DONE))
                .isEqualTo("Fechar");
    }

    @Test
    void languageTexts_fromAProfile_nestedOrDotted() throws Exception {
        NSDictionary texts = new NSDictionary();
        texts.put("buttonDone", "Schließen");
        NSDictionary german = new NSDictionary();
        german.put("texts", texts);
        NSDictionary languages = new NSDictionary();
        languages.put("de", german);
        NSDictionary prefs = new NSDictionary();
        prefs.put("languages", languages);
        prefs.put("languages.ja.texts.buttonDone", "閉じる");
        Path plist = ManagedPreferences.path(root);
        Files.createDirectories(plist.getParent());
        PropertyListParser.saveAsXML(prefs, plist.toFile());

        LoadedEscrowConfig loaded = EscrowConfigLoader.load(EscrowConfigSources.under(root));

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.config().forLanguage("de").text(EscrowConfigKey.BUTTON_DONE))
                .isEqualTo("Schließen");
        assertThat(loaded.config().forLanguage("ja").text(EscrowConfigKey.BUTTON_DONE))
                .isEqualTo("閉じる");
    }

    @Test
    void mistakesInLanguageTexts_warnAndChangeNothing() throws Exception {
        LoadedEscrowConfig loaded = load(String.join(
                "\n",
                "{\"languages\": {",
                "  \"german\": {\"texts\": {\"buttonOk\": \"Ja\"}},",
                "  \"de\": {\"texts\": {\"buttonOkk\": \"Ja\", \"buttonDone\": \"\"},",
                "         \"behaviour\": {\"maxAttempts\": 5}}",
                "}}"));

        assertThat(loaded.problems())
                .extracting(EscrowConfigProblem::toString)
                .anySatisfy(p -> assertThat(p).contains("line 2").contains("not a language code"))
                .anySatisfy(p -> assertThat(p).contains("line 3").contains("did you mean \"texts.buttonOk\"?"))
                .anySatisfy(p ->
                        assertThat(p).contains("languages.de.texts.buttonDone").contains("empty"))
                .anySatisfy(p -> assertThat(p).contains("behaviour.maxAttempts").contains("same in every language"));
        assertThat(loaded.config().forLanguage("de").text(EscrowConfigKey.BUTTON_DONE))
                .isEqualTo("Fertig");
        assertThat(loaded.config().integer(EscrowConfigKey.MAX_ATTEMPTS)).isEqualTo(3);
    }

    @Test
    void inLanguage_addsTheChoicesWarningOnce_andNamesTheLanguageAmongTheSources() {
        LoadedEscrowConfig loaded = EscrowConfigLoader.load(EscrowConfigSources.under(root));

        LoadedEscrowConfig chosen =
                loaded.inLanguage(LanguageChoice.choose(loaded.config(), Optional.of("xx"), List::of));

        assertThat(chosen.problems()).hasSize(1);
        assertThat(chosen.problems().get(0).toString()).contains("\"xx\"");
        assertThat(chosen.consulted()).last().asString().startsWith("language en");
        assertThat(chosen.config().language()).contains("en");
    }

    @Test
    void toJson_keepsTheLanguagesSection() throws Exception {
        LoadedEscrowConfig loaded = load("{\"languages\": {\"de\": {\"texts\": {\"buttonDone\": \"Schließen\"}}}}");

        LoadedEscrowConfig again = load(loaded.config().toJson());

        assertThat(again.problems()).isEmpty();
        assertThat(again.config().forLanguage("de").text(EscrowConfigKey.BUTTON_DONE))
                .isEqualTo("Schließen");
    }
}
