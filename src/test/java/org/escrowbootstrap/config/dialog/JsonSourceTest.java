package org.escrowbootstrap.config.dialog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonElement;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.escrowbootstrap.model.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonSourceTest {

    @TempDir
    Path dir;

    @Test
    void parse_compactJson() throws Exception {
        JsonElement json = JsonSource.parse("{\"title\":\"Hi\",\"width\":700}", "--jsonstring");

        assertThat(json.getAsJsonObject().get("title").getAsString()).isEqualTo("Hi");
    }

    @Test
    void parse_prettyPrintedMultiLineJson() throws Exception {
        JsonElement json = JsonSource.parse("{\n  \"title\": \"Hi\",\n  \"message\": \"Body\"\n}\n", "--jsonstring");

        assertThat(json.getAsJsonObject().get("message").getAsString()).isEqualTo("Body");
    }

    @Test
    void parse_aRealNewlineInsideAStringIsANewline_asInSwiftDialog() throws Exception {
        JsonElement json = JsonSource.parse("{\"message\": \"line one\nline two\tend\"}", "--jsonstring");

        assertThat(json.getAsJsonObject().get("message").getAsString()).isEqualTo("line one\nline two\tend");
    }

    @Test
    void parse_escapedQuotesAndBackslashesInsideStrings() throws Exception {
        JsonElement json = JsonSource.parse("{\"a\": \"say \\\"hi\\\" \\\\\", \"b\": \"x\ny\"}", "--jsonstring");

        assertThat(json.getAsJsonObject().get("a").getAsString()).isEqualTo("say \"hi\" \\");
        assertThat(json.getAsJsonObject().get("b").getAsString()).isEqualTo("x\ny");
    }

    @Test
    void parse_ignoresAByteOrderMark() throws Exception {
        assertThat(JsonSource.parse("\uFEFF{\"title\":\"Hi\"}", "--jsonfile x").isJsonObject())
                .isTrue();
    }

    @Test
    void parse_malformed_namesLineAndColumn() {
        String json = "{\n  \"title\": \"x\",\n  \"message\" \"y\"\n}";

        assertThatThrownBy(() -> JsonSource.parse(json, "--jsonstring"))
                .isInstanceOfSatisfying(DialogInputException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.FILE_NOT_FOUND);
                    assertThat(e.stdoutLine()).isEqualTo("JSON import failed");
                    assertThat(e.getMessage())
                            .isEqualTo("--jsonstring: not valid JSON at line 3, column 13: expected ':' after the key");
                });
    }

    @Test
    void parse_positionsCountTheUsersLines_evenAfterEscapedNewlinesInStrings() {
        String json = "{\"message\": \"a\nb\nc\",\n \"title\" 1}";

        assertThatThrownBy(() -> JsonSource.parse(json, "--jsonstring"))
                .hasMessage("--jsonstring: not valid JSON at line 4, column 10: expected ':' after the key");
    }

    @Test
    void parse_missingValue_pointsAtWhatFollows_notAtTheBlank() {
        assertThatThrownBy(() -> JsonSource.parse("{\"title\": \"x\", \"message\": }", "--jsonstring"))
                .hasMessageStartingWith("--jsonstring: not valid JSON at line 1, column 27: ");
    }

    @Test
    void parse_missingComma_betweenLines() {
        assertThatThrownBy(() ->
                        JsonSource.parse("{\"title\": \"x\",\n  \"message\": \"y\"\n  \"width\": 3}", "--jsonstring"))
                .hasMessage("--jsonstring: not valid JSON at line 3, column 3: expected ',' or '}'");
    }

    @Test
    void parse_trailingCommaBeforeAClosingBraceOrBracket_isAccepted_asApplesParserDoes() throws Exception {
        JsonElement json = JsonSource.parse(
                "{\n  \"title\": \"x\",\n  \"selectitems\": [{\"title\": \"a\",}, \"b\" ,\n],\n}\n", "--jsonstring");

        assertThat(json.getAsJsonObject().get("title").getAsString()).isEqualTo("x");
        assertThat(json.getAsJsonObject().get("selectitems").getAsJsonArray()).hasSize(2);
    }

    @Test
    void parse_aCommaInsideAStringBeforeABrace_isKept() throws Exception {
        JsonElement json = JsonSource.parse("{\"message\": \"a,}\"}", "--jsonstring");

        assertThat(json.getAsJsonObject().get("message").getAsString()).isEqualTo("a,}");
    }

    @Test
    void parse_twoCommas_isStillAnErrorAtItsPlace() {
        assertThatThrownBy(() -> JsonSource.parse("{\"title\": \"x\",,}", "--jsonstring"))
                .hasMessageStartingWith("--jsonstring: not valid JSON at line 1, column 16")
                .hasMessageEndingWith(": expected a key in double quotes (a comma too many?)");
    }

    @Test
    void parse_singleQuotes() {
        assertThatThrownBy(() -> JsonSource.parse("{'title': 'x'}", "--jsonstring"))
                .hasMessageEndingWith(
                        "unexpected text (JSON needs double quotes around keys and strings, and true, false or null)");
    }

    @Test
    void parse_missingClosingBrace() {
        assertThatThrownBy(() -> JsonSource.parse("{\"title\": \"x\"", "--jsonfile a.json"))
                .hasMessageStartingWith("--jsonfile a.json: not valid JSON at line 1")
                .hasMessageEndingWith("the JSON ends too early (a missing '}' or ']'?)");
    }

    @Test
    void parse_textAfterTheEnd() {
        assertThatThrownBy(() -> JsonSource.parse("{\"title\": \"x\"} extra", "--jsonstring"))
                .hasMessageEndingWith(": text after the end of the JSON value");
    }

    @Test
    void parse_invalidEscape() {
        assertThatThrownBy(() -> JsonSource.parse("{\"regex\": \"^\\d+$\"}", "--jsonstring"))
                .hasMessageEndingWith("invalid backslash escape in a string (write \\\\ for a backslash)");
    }

    @Test
    void parse_empty() {
        assertThatThrownBy(() -> JsonSource.parse("  \n", "--jsonstring"))
                .isInstanceOf(DialogInputException.class)
                .hasMessage("--jsonstring: no JSON, the text is empty");
    }

    @Test
    void readFile_readsUtf8() throws Exception {
        Path file = dir.resolve("dialog.json");
        Files.writeString(file, "{\"title\":\"Grüße 👋\"}", StandardCharsets.UTF_8);

        assertThat(JsonSource.readFile(file.toString())).isEqualTo("{\"title\":\"Grüße 👋\"}");
    }

    @Test
    void readFile_missing_isFileNotFound() {
        String path = dir.resolve("missing.json").toString();

        assertThatThrownBy(() -> JsonSource.readFile(path)).isInstanceOfSatisfying(DialogInputException.class, e -> {
            assertThat(e.exitCode()).isEqualTo(ExitCode.FILE_NOT_FOUND);
            assertThat(e.stdoutLine()).isEqualTo("ERROR: File not found : " + path);
            assertThat(e.getMessage()).isEqualTo("--jsonfile " + path + ": no such file");
        });
    }

    @Test
    void readFile_directory_isFileNotFound() {
        assertThatThrownBy(() -> JsonSource.readFile(dir.toString()))
                .hasMessage("--jsonfile " + dir + ": is a directory");
    }

    @Test
    void readFile_invalidPath_isFileNotFound() {
        assertThatThrownBy(() -> JsonSource.readFile("bad\0name.json"))
                .isInstanceOf(DialogInputException.class)
                .hasMessage("--jsonfile bad\0name.json: cannot be read");
    }
}
