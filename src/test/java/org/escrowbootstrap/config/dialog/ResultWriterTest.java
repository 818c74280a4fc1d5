package org.escrowbootstrap.config.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.NotBlank;
import org.escrowbootstrap.model.DialogResult;
import org.escrowbootstrap.model.DialogSpec;
import org.escrowbootstrap.model.ExitCode;
import org.escrowbootstrap.model.FieldValue;
import org.escrowbootstrap.model.Secret;
import org.junit.jupiter.api.Test;

class ResultWriterTest {

    private static DialogResult result(ExitCode code, FieldValue... values) {
        return new DialogResult(code, List.of(values));
    }

    private static FieldValue text(String key, String value) {
        return new FieldValue.Text(key, value);
    }

    private static FieldValue hidden(String key, String value) {
        return new FieldValue.Hidden(key, Secret.of(value));
    }

    private static String plain(DialogResult result) throws IOException {
        StringBuilder out = new StringBuilder();
        ResultWriter.write(result, false, false, out);
        return out.toString();
    }

    private static String json(DialogResult result) throws IOException {
        StringBuilder out = new StringBuilder();
        ResultWriter.write(result, true, false, out);
        return out.toString();
    }

    @Test
    void oneSelect_theReferenceExample_byteForByte() throws IOException {
        // swiftdialog-reference.md §3: --textfield "Enter Password",secure,required --selecttitle Site
        // --selectvalues "A,B" --checkbox Agree
        DialogResult result = result(
                ExitCode.BUTTON1,
                hidden("Enter Password", "s3cret"),
                new FieldValue.Selection("Site", "B", 1),
                new FieldValue.Choice("Agree", true));

        assertThat(plain(result))
                .isEqualTo("Enter Password : s3cret\n"
                        + "\"SelectedOption\" : \"B\"\n"
                        + "\"SelectedIndex\" : 1\n"
                        + "\"Site\" : \"B\"\n"
                        + "\"Site\" index : \"1\"\n"
                        + "\"Agree\" : \"true\"\n");
        assertThat(json(result))
                .isEqualTo("{\n"
                        + "  \"Enter Password\" : \"s3cret\",\n"
                        + "  \"SelectedOption\" : \"B\",\n"
                        + "  \"SelectedIndex\" : 1,\n"
                        + "  \"Site\" : {\n"
                        + "    \"selectedValue\" : \"B\",\n"
                        + "    \"selectedIndex\" : 1\n"
                        + "  },\n"
                        + "  \"Agree\" : true\n"
                        + "}\n");
    }

    @Test
    void twoSelects_noSelectedOptionLines_andNothingChosenIsMinusOne() throws IOException {
        DialogResult result = result(
                ExitCode.BUTTON1,
                new FieldValue.Selection("site", "Paris", 2),
                new FieldValue.Selection("Team", "", -1));

        assertThat(plain(result))
                .isEqualTo("\"site\" : \"Paris\"\n\"site\" index : \"2\"\n\"Team\" : \"\"\n\"Team\" index : \"-1\"\n");
        assertThat(json(result))
                .isEqualTo("{\n  \"site\" : {\n    \"selectedValue\" : \"Paris\",\n    \"selectedIndex\" : 2\n  },\n"
                        + "  \"Team\" : {\n    \"selectedValue\" : \"\",\n    \"selectedIndex\" : -1\n  }\n}\n");
        JsonObject parsed = JsonParser.parseString(json(result)).getAsJsonObject();
        assertThat(parsed.getAsJsonObject("site").get("selectedIndex").getAsInt())
                .isEqualTo(2);
    }

    @Test
    void aSelectValueWithASlash_isEscapedInJsonOnly() throws IOException {
        DialogResult result = result(ExitCode.BUTTON1, new FieldValue.Selection("Path", "a/b", 0));

        assertThat(plain(result)).contains("\"SelectedOption\" : \"a/b\"\n");
        assertThat(json(result)).contains("\"SelectedOption\" : \"a\\/b\"").contains("\"selectedValue\" : \"a\\/b\"");
    }

    @Test
    void listSelections_plainQuoted_jsonBooleans_afterTheFields() throws IOException {
        DialogResult result = result(
                ExitCode.BUTTON1,
                text("Name", "Kim"),
                new FieldValue.Choice("Rosetta", false),
                new FieldValue.Choice("Teams", true));

        assertThat(plain(result)).isEqualTo("Name : Kim\n\"Rosetta\" : \"false\"\n\"Teams\" : \"true\"\n");
        assertThat(json(result)).isEqualTo("{\n  \"Name\" : \"Kim\",\n  \"Rosetta\" : false,\n  \"Teams\" : true\n}\n");
    }

    @Test
    void plain_oneLinePerField_noQuotes() throws IOException {
        DialogResult result =
                result(ExitCode.BUTTON1, text("Name", "Alex Smith"), hidden("Enter Password", "s3cret pass"));

        assertThat(plain(result)).isEqualTo("Name : Alex Smith\nEnter Password : s3cret pass\n");
    }

    @Test
    void plain_valuesAreRaw() throws IOException {
        DialogResult result = result(
                ExitCode.BUTTON1,
                text("quotes", "say \"hi\""),
                text("colon", "a : b"),
                text("backslash", "C:\\Users\\x \\n"),
                text("newline", "line1\nline2"),
                text("accents", "Grüße, café"),
                text("emoji", "🔑👍🏽"),
                text("empty", ""),
                hidden("pw", "p@ss \"w0rd\" $x : \\"));

        assertThat(plain(result))
                .isEqualTo("quotes : say \"hi\"\n"
                        + "colon : a : b\n"
                        + "backslash : C:\\Users\\x \\n\n"
                        + "newline : line1\nline2\n"
                        + "accents : Grüße, café\n"
                        + "emoji : 🔑👍🏽\n"
                        + "empty : \n"
                        + "pw : p@ss \"w0rd\" $x : \\\n");
    }

    @Test
    void plain_repeatedKeysPrintEachLine() throws IOException {
        assertThat(plain(result(ExitCode.BUTTON1, text("A", "1"), text("A", "2"))))
                .isEqualTo("A : 1\nA : 2\n");
    }

    @Test
    void json_oneObjectInSwiftDialogsStyle_inFieldOrder() throws IOException {
        DialogResult result =
                result(ExitCode.BUTTON1, text("Name", "Alex"), hidden("pw", "s3cret"), text("Asset", "42"));

        assertThat(json(result))
                .isEqualTo("{\n" + "  \"Name\" : \"Alex\",\n" + "  \"pw\" : \"s3cret\",\n" + "  \"Asset\" : \"42\"\n"
                        + "}\n");
    }

    @Test
    void json_escapesLikeApplesWriter() throws IOException {
        DialogResult result = result(
                ExitCode.BUTTON1,
                text("a/b \"k\"", "say \"hi\" \\ / end"),
                text("ctl", "l1\nl2\r\tx\u0001\b\f"),
                text("utf", "Grüße 🔑"),
                hidden("pw", "\"/\\\n"));

        assertThat(json(result))
                .isEqualTo("{\n"
                        + "  \"a\\/b \\\"k\\\"\" : \"say \\\"hi\\\" \\\\ \\/ end\",\n"
                        + "  \"ctl\" : \"l1\\nl2\\r\\tx\\u0001\\b\\f\",\n"
                        + "  \"utf\" : \"Grüße 🔑\",\n"
                        + "  \"pw\" : \"\\\"\\/\\\\\\n\"\n"
                        + "}\n");
    }

    @Test
    void json_escapesUnpairedSurrogates() throws IOException {
        String out = json(result(ExitCode.BUTTON1, text("x", "a\uD83Db"), hidden("y", "\uDC00")));

        assertThat(out).contains("\"a\\ud83db\"").contains("\"\\udc00\"");
    }

    @Test
    void json_noFields_isAnEmptyObject() throws IOException {
        String out = json(result(ExitCode.BUTTON1));

        assertThat(out).isEqualTo("{\n\n}\n");
        assertThat(JsonParser.parseString(out).getAsJsonObject().size()).isZero();
    }

    @Test
    void json_repeatedKey_keepsFirstPlace_lastValue() throws IOException {
        DialogResult result = result(ExitCode.BUTTON1, text("A", "1"), text("B", "2"), text("A", "3"));

        assertThat(json(result)).isEqualTo("{\n  \"A\" : \"3\",\n  \"B\" : \"2\"\n}\n");
    }

    @Test
    void write_printsOnlyOnExitZero_unlessAlwaysReturnInput() throws IOException {
        DialogResult cancelled = result(ExitCode.BUTTON2, text("Name", "Alex"));
        StringBuilder out = new StringBuilder();

        assertThat(ResultWriter.write(cancelled, false, false, out)).isFalse();
        assertThat(out).isEmpty();
        assertThat(ResultWriter.write(cancelled, false, true, out)).isTrue();
        assertThat(out).hasToString("Name : Alex\n");
    }

    @Test
    void write_alwaysReturnInputWithJson_staysJson_onTimerAndQuitKey() throws IOException {
        StringBuilder out = new StringBuilder();

        ResultWriter.write(result(ExitCode.TIMER, text("Name", "Alex")), true, true, out);

        assertThat(out).hasToString("{\n  \"Name\" : \"Alex\"\n}\n");
    }

    @Test
    void printsInput_exitCodeSelection() {
        for (ExitCode code : ExitCode.values()) {
            assertThat(ResultWriter.printsInput(code, false)).as(code.name()).isEqualTo(code == ExitCode.BUTTON1);
            assertThat(ResultWriter.printsInput(code, true)).as(code.name()).isTrue();
        }
    }

    @Test
    void write_toAPrintStream_inUtf8_followingTheSpecsFlags() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, false, StandardCharsets.UTF_8);
        DialogSpec spec = DialogSpec.builder().jsonOutput(true).build();

        boolean written = ResultWriter.write(result(ExitCode.BUTTON1, hidden("Mot de passe", "clé 🔑")), spec, out);

        assertThat(written).isTrue();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("{\n  \"Mot de passe\" : \"clé 🔑\"\n}\n");
    }

    @Test
    void write_plainToAPrintStream() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        ResultWriter.write(
                result(ExitCode.BUTTON1, hidden("pw", "s3cret"), text("n", "v")),
                false,
                false,
                new PrintStream(bytes, false, StandardCharsets.UTF_8));

        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("pw : s3cret\nn : v\n");
    }

    @Test
    void write_leavesTheSecretIntact() throws IOException {
        Secret secret = Secret.of("s3cret");

        plain(result(ExitCode.BUTTON1, new FieldValue.Hidden("pw", secret)));
        json(result(ExitCode.BUTTON1, new FieldValue.Hidden("pw", secret)));

        assertThat(secret.isWiped()).isFalse();
        assertThat(secret.view().toString()).isEqualTo("s3cret");
    }

    @Test
    void write_secretArrivesCharByChar_neverAsOneString() throws IOException {
        String password = "correct horse battery";
        RecordingAppendable out = new RecordingAppendable();

        ResultWriter.write(result(ExitCode.BUTTON1, hidden("pw", password)), false, false, out);
        ResultWriter.write(result(ExitCode.BUTTON1, hidden("pw", password)), true, false, out);

        assertThat(out.sequences).noneMatch(s -> s.contains("horse"));
        assertThat(out.all.toString()).contains("pw : correct horse battery\n", "\"pw\" : \"correct horse battery\"");
    }

    /** Whatever the key and value, the JSON output parses back to them. */
    @Property(tries = 300)
    void json_roundTrips(@ForAll @NotBlank String key, @ForAll String value, @ForAll String secret) throws IOException {
        String out = json(result(ExitCode.BUTTON1, text(key, value), hidden(key + "2", secret)));

        JsonObject parsed = JsonParser.parseString(out).getAsJsonObject();
        assertThat(parsed.get(key).getAsString()).isEqualTo(value);
        assertThat(parsed.get(key + "2").getAsString()).isEqualTo(secret);
    }

    /** Whatever the value, the plain line is the key, {@code " : "}, the value as it is, and a newline. */
    @Property(tries = 300)
    void plain_isKeyColonValue(@ForAll String key, @ForAll String value) throws IOException {
        assertThat(plain(result(ExitCode.BUTTON1, hidden(key, value)))).isEqualTo(key + " : " + value + "\n");
    }

    /** Records what arrives as char sequences and what arrives as single characters. */
    private static final class RecordingAppendable implements Appendable {
        final List<String> sequences = new ArrayList<>();
        final StringBuilder all = new StringBuilder();

        @Override
        public Appendable append(CharSequence csq) {
            sequences.add(csq.toString());
            all.append(csq);
            return this;
        }

        @Override
        public Appendable append(CharSequence csq, int start, int end) {
            return append(csq.subSequence(start, end));
        }

        @Override
        public Appendable append(char c) {
            all.append(c);
            return this;
        }
    }
}
