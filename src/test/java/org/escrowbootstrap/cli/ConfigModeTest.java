package org.escrowbootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigModeTest {

    @TempDir
    Path root;

    @Test
    void print_namesTheSourceOfEachValue() {
        CliRun run = CliRun.of(
                "config",
                "--print",
                "--sysroot",
                root.toString(),
                "--set",
                "behaviour.maxAttempts=5",
                "/",
                "mac",
                "avery",
                "",
                "help@example.org");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .containsPattern("behaviour\\.maxAttempts.*5.*command line")
                .containsPattern("support\\.contact.*help@example\\.org.*\\$5");
    }

    @ParameterizedTest
    @CsvSource({"de, Abbrechen", "fr, Annuler", "es, Cancelar", "ja, キャンセル", "pt-PT, Cancelar", "nb-NO, Avbryt"})
    void print_language_showsEachTextInThatLanguage_withItsSource(String language, String cancel) throws Exception {
        Path file = root.resolve("escrow.json");
        Files.writeString(
                file,
                "{\"texts\": {\"buttonOk\": \"Store\"},\n" + " \"languages\": {\"" + language
                        + "\": {\"texts\": {\"buttonDone\": \"[done]\"}}}}\n");

        CliRun run = CliRun.of(
                "config", "--print", "--language", language, "--sysroot", root.toString(), "--config", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .containsPattern("texts\\.buttonCancel +=.*\"" + cancel + "\".*# built-in translation \\(")
                .containsPattern("texts\\.buttonOk +=.*# built-in translation.*the English text from config file .*"
                        + "line 1 is not used")
                .containsPattern("behaviour\\.maxAttempts +=.*# default")
                .contains("#   language ");
        if (!language.contains("-")) {
            assertThat(run.out()).containsPattern("texts\\.buttonDone +=.*\\[done\\].*escrow\\.json line 2");
        }
    }

    @Test
    void print_unknownLanguage_isEnglishWithOneWarning() {
        CliRun run = CliRun.of("config", "--print", "--language", "tlh", "--sysroot", root.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("texts\\.buttonCancel +=.*\"Cancel\".*# default");
        assertThat(run.out().lines().filter(l -> l.startsWith("# WARNING") && l.contains("\"tlh\"")))
                .hasSize(1);
    }

    @Test
    void print_withoutLanguage_listsTheAdminsTextsPerLanguage() {
        CliRun run = CliRun.of(
                "config", "--print", "--sysroot", root.toString(), "--set", "languages.de.texts.buttonDone=Schließen");

        assertThat(run.out())
                .containsPattern("texts\\.buttonCancel +=.*\"Cancel\"")
                .containsPattern("languages\\.de\\.texts\\.buttonDone += \"Schließen\" +# command line")
                .contains("--language CODE");
    }

    @Test
    void print_json_isTheMergedValues() {
        CliRun run =
                CliRun.of("config", "--print", "--json", "--sysroot", root.toString(), "--set", "support.contact=x");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("\"contact\": \"x\"");
    }

    @Test
    void print_withABrokenConfigFile_exits1_andNamesLineAndColumn() throws Exception {
        Path file = root.resolve("broken.json");
        Files.writeString(file, "{\n  \"branding\": {\n    \"title\": \"x\",,\n  }\n}\n");

        CliRun run = CliRun.of("config", "--print", "--sysroot", root.toString(), "--config", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains(file.toString()).containsPattern("line 3");
        assertThat(run.err()).contains("has errors");
    }

    @Test
    void sample_printsTheBuiltInDefaults() {
        CliRun run = CliRun.of("config", "--sample");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("{").contains("\"maxAttempts\": 3");
    }

    @Test
    void withoutAnAction_printsHelp_andIsAUsageError() {
        CliRun run = CliRun.of("config");

        assertThat(run.exitCode()).isEqualTo(64);
        assertThat(run.out()).startsWith("usage: escrow-bootstrap config");
    }

    @Test
    void print_withElevationOn_saysItsResidualRiskPlainly_andOnlyThen() {
        CliRun on = CliRun.of(
                "config", "--print", "--sysroot", root.toString(), "--set", "behaviour.elevateStandardUsers=true");
        CliRun off = CliRun.of("config", "--print", "--sysroot", root.toString());

        assertThat(on.out())
                .contains("# Note: behaviour.elevateStandardUsers is on.")
                .contains("could use sudo to make themselves root for good");
        assertThat(off.out()).doesNotContain("could use sudo");
    }
}
