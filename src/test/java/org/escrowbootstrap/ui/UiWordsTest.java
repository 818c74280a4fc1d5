package org.escrowbootstrap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import javax.swing.JLabel;
import org.assertj.swing.edt.GuiActionRunner;
import org.escrowbootstrap.model.DialogSpec;
import org.escrowbootstrap.model.TextFieldSpec;
import org.escrowbootstrap.model.Validation;
import org.escrowbootstrap.model.WindowSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The engine's own words follow the screen's language, else the user's locale, in every shipped language. */
class UiWordsTest {

    static final java.util.List<String> LANGUAGES = UiWords.LANGUAGES;

    @BeforeAll
    static void theme() {
        Theme.install(WindowSpec.Appearance.LIGHT);
    }

    @Test
    void everyFileInTheFolder_isAListedLanguage() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/org/escrowbootstrap/ui/words"))) {
            assertThat(files.map(f -> f.getFileName().toString().replace(".properties", "")))
                    .containsExactlyInAnyOrderElementsOf(UiWords.LANGUAGES);
        }
    }

    @ParameterizedTest
    @FieldSource("LANGUAGES")
    void everyLanguage_hasEveryWord_withTheSamePlaceholder(String language) {
        Properties english = UiWords.file("en");
        Properties words = UiWords.file(language);

        assertThat(words.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertThat(words.getProperty(key).contains("{0}"))
                    .as(language + " " + key)
                    .isEqualTo(english.getProperty(key).contains("{0}"));
            assertThat(words.getProperty(key)).as(language + " " + key).isNotBlank();
        }
    }

    @Test
    void language_isMatchedLikeTheEscrowsTexts() {
        assertThat(UiWords.of("de-CH").language()).isEqualTo("de");
        assertThat(UiWords.of("pt-PT").language()).isEqualTo("pt-BR");
        assertThat(UiWords.of("zh-CN").language()).isEqualTo("zh-Hans");
        assertThat(UiWords.of("tlh").language()).isEqualTo("en");
        assertThat(UiWords.of("de").get("confirm.title", "Passwort")).isEqualTo("Passwort bestätigen");
        assertThat(UiWords.of("ko").get("required.problem", "PIN")).isEqualTo("'PIN' 항목은 필수입니다");
    }

    @Test
    void withoutALanguage_theUsersLocaleDecides() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("fr-CA"));
            assertThat(UiWords.of(null).get("required.note")).isEqualTo("* Champs obligatoires");
            Locale.setDefault(Locale.forLanguageTag("en-US"));
            assertThat(UiWords.of(null).get("required.note")).isEqualTo("* Required Fields");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void screenInGerman_marksRequiredFieldsAndExplainsProblemsInGerman() {
        DialogSpec spec = ReadmeScreens.password().toBuilder()
                .fields(java.util.List.of(
                        new TextFieldSpec("Passwort", null, true, true, null, null, null, null, false)))
                .language("de")
                .build();

        DialogContent content = GuiActionRunner.execute(() -> {
            Dimension size = new Dimension(spec.window().width(), spec.window().height());
            return new DialogContent(spec, ScreenImages.now(spec, new ImageLoader(w -> {})), size, uri -> {});
        });
        Validation.Problem missing = new Validation.Problem(0, Validation.Rule.REQUIRED, "\"Passwort\" is required");

        assertThat(find(content, "requiredNote").map(JLabel::getText)).contains("* Pflichtfelder");
        assertThat(ScreenInputs.problemLine(
                        content.fields().words(), spec.fields().get(0), missing))
                .isEqualTo("„Passwort“ ist erforderlich");
        assertThat(content.message().text().getAccessibleContext().getAccessibleName())
                .isEqualTo("Mitteilung");
    }

    @ParameterizedTest
    @FieldSource("LANGUAGES")
    void fileSelectHelpOkAndProgress_speakTheScreensLanguage(String language) {
        UiWords words = UiWords.of(language);
        DialogSpec spec = ReadmeScreens.password().toBuilder()
                .fields(java.util.List.of(new TextFieldSpec(
                        "Logo", null, false, false, null, null, null, null, false, false, true, "png", null)))
                .progress(new org.escrowbootstrap.model.ProgressSpec(100, 40, null))
                .language(language)
                .build();

        DialogContent content = GuiActionRunner.execute(() -> {
            Dimension size = new Dimension(spec.window().width(), spec.window().height());
            return new DialogContent(spec, ScreenImages.now(spec, new ImageLoader(w -> {})), size, uri -> {});
        });
        javax.swing.JButton select =
                GuiActionRunner.execute(() -> (javax.swing.JButton) named(content, "field.0.select"));
        javax.swing.JPanel help = GuiActionRunner.execute(() -> HelpSheet.content(
                new org.escrowbootstrap.model.HelpSpec("Call us.", null, null), null, words, uri -> {}, () -> {}));
        javax.swing.JPanel named = GuiActionRunner.execute(() -> HelpSheet.content(
                new org.escrowbootstrap.model.HelpSpec("Call us.", null, "Got it"), null, words, uri -> {}, () -> {}));

        assertThat(select.getText()).isEqualTo(UiWords.file(language).getProperty("button.select"));
        assertThat(select.getAccessibleContext().getAccessibleName())
                .isEqualTo(words.get("name.selectFile", "Logo"))
                .contains("Logo");
        assertThat(((javax.swing.JButton) named(help, "helpClose")).getText())
                .isEqualTo(UiWords.file(language).getProperty("button.ok"));
        assertThat(((javax.swing.JButton) named(named, "helpClose")).getText()).isEqualTo("Got it");
        assertThat(content.progress().bar().getAccessibleContext().getAccessibleName())
                .isEqualTo(UiWords.file(language).getProperty("name.progress"));
        if (!language.equals("en")) {
            assertThat(select.getText()).isNotEqualTo("Select");
            assertThat(content.progress().bar().getAccessibleContext().getAccessibleName())
                    .isNotEqualTo("Progress");
        }
    }

    private static Component named(Component component, String name) {
        if (name.equals(component.getName())) {
            return component;
        }
        if (component instanceof Container container) {
            for (Component child : container.getComponents()) {
                Component found = named(child, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static Optional<JLabel> find(Component component, String name) {
        if (component instanceof JLabel label && name.equals(label.getName())) {
            return Optional.of(label);
        }
        if (component instanceof Container container) {
            for (Component child : container.getComponents()) {
                Optional<JLabel> found = find(child, name);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
