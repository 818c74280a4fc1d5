package org.escrowbootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a config file: strict JSON, the line of every key, and whole-file errors that name the spot. */
class EscrowJsonFileTest {

    @TempDir
    Path dir;

    private EscrowConfigLayer read(String json) throws Exception {
        Path file = dir.resolve("escrow-config.json");
        Files.writeString(file, json);
        return EscrowJsonFile.read(file, new EscrowConfigSource.ConfigFile(file));
    }

    private String file() {
        return dir.resolve("escrow-config.json").toString();
    }

    @Test
    void read_nestedSections_becomeDottedKeysWithTheirLines() throws Exception {
        EscrowConfigLayer layer = read("{\n  \"support\": {\n    \"contact\": \"Desk\"\n  },\n"
                + "  \"behaviour\": {\"maxAttempts\": 5, \"runRecon\": false}\n}\n");

        assertThat(layer.problems()).isEmpty();
        assertThat(layer.settings())
                .extracting(EscrowRawSetting::name, EscrowRawSetting::raw, EscrowRawSetting::location)
                .containsExactly(
                        tuple("support.contact", "Desk", file() + " line 3"),
                        tuple("behaviour.maxAttempts", 5L, file() + " line 5"),
                        tuple("behaviour.runRecon", false, file() + " line 5"));
    }

    @Test
    void read_numbers_wholeOnesAsLongs_othersExactly() throws Exception {
        EscrowConfigLayer layer = read(
                "{\"behaviour\": {\"maxAttempts\": -12, \"a\": 4.0, \"b\": 1e2," + " \"c\": 12345678901234567890}}\n");

        assertThat(layer.settings())
                .extracting(EscrowRawSetting::raw)
                .containsExactly(
                        -12L, new BigDecimal("4.0"), new BigDecimal("1e2"), new BigDecimal("12345678901234567890"));
    }

    @Test
    void read_malformedJson_isOneErrorWithLineAndColumn_andNoSettings() throws Exception {
        EscrowConfigLayer layer = read("{\n  \"support\": {\n    \"contact\": \"Desk\",\n  }\n}\n");

        assertThat(layer.settings()).isEmpty();
        assertThat(layer.problems()).hasSize(1);
        EscrowConfigProblem problem = layer.problems().get(0);
        assertThat(problem.severity()).isEqualTo(EscrowConfigProblem.Severity.ERROR);
        assertThat(problem.location()).isEqualTo(file());
        assertThat(problem.message())
                .startsWith("not valid JSON: ")
                .contains("line 4 column 4 (in \"support.contact\")")
                .endsWith("the whole file is ignored and the escrow goes on with the other sources");
        assertThat(problem.message()).doesNotContain("troubleshooting");
    }

    @Test
    void read_commentsAreNotJson() throws Exception {
        EscrowConfigLayer layer = read("{\n  // a comment\n  \"support\": {}\n}\n");

        assertThat(layer.problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(EscrowConfigProblem.Severity.ERROR);
            assertThat(p.message()).contains("line 2");
        });
    }

    @Test
    void read_notAnObject_isAnError() throws Exception {
        assertThat(read("[1, 2]").problems())
                .singleElement()
                .extracting(EscrowConfigProblem::message)
                .asString()
                .contains("the file must hold one JSON object");
    }

    @Test
    void read_emptyFile_isAnError() throws Exception {
        assertThat(read("").problems())
                .singleElement()
                .extracting(EscrowConfigProblem::severity)
                .isEqualTo(EscrowConfigProblem.Severity.ERROR);
    }

    @Test
    void read_twoValues_isAnError() throws Exception {
        assertThat(read("{} {}").problems())
                .singleElement()
                .extracting(EscrowConfigProblem::severity)
                .isEqualTo(EscrowConfigProblem.Severity.ERROR);
    }

    @Test
    void read_unknownSection_warnsWithTheClosestSection() throws Exception {
        EscrowConfigLayer layer = read("{\n  \"brandng\": {\"title\": \"x\"}\n}");

        assertThat(layer.settings()).isEmpty();
        assertThat(layer.problems())
                .singleElement()
                .hasToString(file() + " line 2: \"brandng\": unknown section (did you mean \"branding\"?); ignored");
    }

    @Test
    void read_dottedKeyAtTopLevel_saysHowToNestIt() throws Exception {
        EscrowConfigLayer layer = read("{\"behaviour.maxAttempts\": 4}");

        assertThat(layer.problems().get(0).message())
                .contains("write it nested: {\"behaviour\": {\"maxAttempts\": …}}");
    }

    @Test
    void read_sectionThatIsNotAnObject_warns() throws Exception {
        EscrowConfigLayer layer = read("{\"texts\": \"hello\"}");

        assertThat(layer.problems().get(0).message()).isEqualTo("must be an object { … } of settings; ignored");
    }

    @Test
    void read_schemaPointer_isAccepted() throws Exception {
        EscrowConfigLayer layer = read("{\"$schema\": \"../schema/escrow-config.schema.json\", \"support\": {}}");

        assertThat(layer.problems()).isEmpty();
    }

    @Test
    void read_duplicateKey_warnsThatTheLaterWins() throws Exception {
        EscrowConfigLayer layer = read("{\"support\": {\n\"contact\": \"a\",\n\"contact\": \"b\"}}");

        assertThat(layer.problems())
                .singleElement()
                .hasToString(file() + " line 2: \"support.contact\": written twice; the later value wins");
    }

    @Test
    void read_byteOrderMark_isAccepted() throws Exception {
        Path file = dir.resolve("bom.json");
        Files.write(file, ("\uFEFF{\"support\": {\"contact\": \"x\"}}").getBytes(StandardCharsets.UTF_8));

        EscrowConfigLayer layer = EscrowJsonFile.read(file, new EscrowConfigSource.ConfigFile(file));

        assertThat(layer.problems()).isEmpty();
        assertThat(layer.settings()).hasSize(1);
    }

    @Test
    void read_notUtf8_isAnError() throws Exception {
        Path file = dir.resolve("latin1.json");
        Files.write(file, new byte[] {'{', '"', (byte) 0xE9, '"', ':', '1', '}'});

        assertThat(EscrowJsonFile.read(file, new EscrowConfigSource.ConfigFile(file))
                        .problems())
                .singleElement()
                .extracting(EscrowConfigProblem::message)
                .asString()
                .contains("not UTF-8");
    }

    @Test
    void read_missingFile_isAnError() {
        Path file = dir.resolve("nope.json");

        assertThat(EscrowJsonFile.read(file, new EscrowConfigSource.ConfigFile(file))
                        .problems())
                .singleElement()
                .extracting(EscrowConfigProblem::message)
                .asString()
                .startsWith("config file not found");
    }

    @Test
    void read_arraysAndNulls_areUnsupportedValues() throws Exception {
        EscrowConfigLayer layer = read("{\"support\": {\"contact\": [\"a\"], \"url\": null}}");

        assertThat(layer.settings())
                .extracting(EscrowRawSetting::raw)
                .containsExactly(new EscrowRawSetting.Unsupported("a list"), new EscrowRawSetting.Unsupported("null"));
    }
}
