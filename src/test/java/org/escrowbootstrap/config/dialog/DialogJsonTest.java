package org.escrowbootstrap.config.dialog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.escrowbootstrap.config.dialog.DialogArguments.Fields;
import org.escrowbootstrap.config.dialog.DialogArguments.Pairs;
import org.escrowbootstrap.config.dialog.DialogArguments.Removed;
import org.escrowbootstrap.model.TextFieldSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DialogJsonTest {

    private final List<String> warnings = new ArrayList<>();

    @TempDir
    Path dir;

    private DialogArguments read(String json) throws DialogInputException {
        return DialogJson.read(JsonSource.parse(json, "--jsonstring"), warnings);
    }

    @Test
    void read_usesLongNamesAsKeys() throws Exception {
        DialogArguments args = read("{\"title\": \"Hi\", \"message\": \"Body\", \"button1text\": \"Go\"}");

        assertThat(args.text(DialogOption.TITLE)).contains("Hi");
        assertThat(args.text(DialogOption.MESSAGE)).contains("Body");
        assertThat(args.text(DialogOption.BUTTON1TEXT)).contains("Go");
        assertThat(warnings).isEmpty();
    }

    @Test
    void read_aliasesAreKeysToo() throws Exception {
        DialogArguments args = read("{\"bannertext\": \"Hi\", \"alignment\": \"right\", \"centericon\": true}");

        assertThat(args.text(DialogOption.BANNERTITLE)).contains("Hi");
        assertThat(args.text(DialogOption.MESSAGEALIGNMENT)).contains("right");
        assertThat(args.flag(DialogOption.CENTREICON)).isTrue();
    }

    @Test
    void read_numbersBecomeText_withoutTrailingZeros() throws Exception {
        DialogArguments args = read(
                "{\"width\": 700, \"height\": 420.0, \"iconsize\": 12.5, \"timer\": 60," + " \"bannerheight\": -0}");

        assertThat(args.text(DialogOption.WIDTH)).contains("700");
        assertThat(args.text(DialogOption.HEIGHT)).contains("420");
        assertThat(args.text(DialogOption.ICONSIZE)).contains("12.5");
        assertThat(args.text(DialogOption.TIMER)).contains("60");
        assertThat(args.text(DialogOption.BANNERHEIGHT)).contains("0");
    }

    @Test
    void read_flags_trueOn_falseOff() throws Exception {
        DialogArguments args = read("{\"small\": true, \"moveable\": false}");

        assertThat(args.flag(DialogOption.SMALL)).isTrue();
        assertThat(args.flag(DialogOption.MOVEABLE)).isFalse();
        assertThat(args.get(DialogOption.MOVEABLE)).contains(new DialogArguments.Flag(false));
    }

    @Test
    void read_flagGivenTheTextFalse_isOn_withAWarning() throws Exception {
        DialogArguments args = read("{\"ontop\": \"false\", \"json\": 1}");

        assertThat(args.flag(DialogOption.ONTOP)).isTrue();
        assertThat(args.flag(DialogOption.JSON)).isTrue();
        assertThat(warnings)
                .containsExactly("JSON \"ontop\": \"false\" is text, so the flag is on; write false without quotes");
    }

    @Test
    void read_nonFlagGivenTrue_countsAsRemoved() throws Exception {
        DialogArguments args = read("{\"title\": true, \"timer\": false}");

        assertThat(args.get(DialogOption.TITLE)).contains(new Removed());
        assertThat(args.get(DialogOption.TIMER)).contains(new Removed());
        assertThat(warnings)
                .containsExactly(
                        "JSON \"title\" takes a value, not true; the option counts as not given (as in swiftDialog)",
                        "JSON \"timer\" takes a value, not false; the option counts as not given (as in swiftDialog)");
    }

    @Test
    void read_nullLeavesTheOptionOut() throws Exception {
        DialogArguments args = read("{\"title\": null, \"small\": null, \"video\": null, \"nosuchkey\": null}");

        assertThat(args.get(DialogOption.TITLE)).isEmpty();
        assertThat(args.get(DialogOption.SMALL)).isEmpty();
        assertThat(warnings).isEmpty(); // Python's json.dumps writes null for "not given": nothing to warn about
    }

    @Test
    void read_textFieldsAsStringsAndObjects() throws Exception {
        DialogArguments args = read("{\"textfield\": [\"Simple title\", {\"title\": \"Password\", \"name\": \"pw\","
                + " \"secure\": true, \"required\": true, \"prompt\": \"placeholder\", \"value\": \"prefill\","
                + " \"regex\": \"^\\\\d{6}$\", \"regexerror\": \"msg\", \"confirm\": true}]}");

        assertThat(args.get(DialogOption.TEXTFIELD))
                .contains(new Fields(List.of(
                        TextFieldSpec.plain("Simple title"),
                        new TextFieldSpec(
                                "Password", "pw", true, true, "placeholder", "prefill", "^\\d{6}$", "msg", true))));
        assertThat(warnings).isEmpty();
    }

    @Test
    void read_textFieldStringsKeepTheirCommas() throws Exception {
        DialogArguments args = read("{\"textfield\": [\"Name, please,secure\"]}");

        assertThat(args.get(DialogOption.TEXTFIELD))
                .contains(new Fields(List.of(TextFieldSpec.plain("Name, please,secure"))));
    }

    @Test
    void read_textFieldBooleansAsText() throws Exception {
        DialogArguments args = read("{\"textfield\": [{\"title\": \"PIN\", \"secure\": \"true\", \"required\": 3}]}");

        TextFieldSpec field = ((Fields) args.get(DialogOption.TEXTFIELD).orElseThrow())
                .fields()
                .get(0);
        assertThat(field.secure()).isTrue();
        assertThat(field.required()).isFalse();
        assertThat(warnings)
                .containsExactly("JSON \"textfield\" entry 1: \"required\" should be true or false; taken as false");
    }

    @Test
    void read_textFieldProblems_warn() throws Exception {
        read("{\"textfield\": [{\"name\": \"x\", \"isdate\": true, \"tilte\": \"y\", \"fileselect\": false}, 5, []]}");

        assertThat(warnings)
                .containsExactly(
                        "JSON \"textfield\" entry 1: \"isdate\" is not supported by escrow-bootstrap, ignored",
                        "JSON \"textfield\" entry 1: unknown key \"tilte\" (did you mean \"title\"?), ignored",
                        "JSON \"textfield\" entry 1 has no \"title\"",
                        "JSON \"textfield\" entry 3 should be a title or an object; ignored");
    }

    @Test
    void read_fontObjectForm() throws Exception {
        DialogArguments args = read("{\"titlefont\": {\"size\": 24, \"weight\": \"light\", \"colour\": \"red\","
                + " \"shadow\": true}, \"messagefont\": \"size=14,name=Avenir\"}");

        assertThat(args.get(DialogOption.TITLEFONT))
                .contains(new Pairs(Map.of("size", "24", "weight", "light", "colour", "red", "shadow", "true")));
        assertThat(args.text(DialogOption.MESSAGEFONT)).contains("size=14,name=Avenir");
    }

    @Test
    void read_iconsList_usesTheFirst() throws Exception {
        DialogArguments args =
                read("{\"icons\": [{\"icon\": \"info\"}, {\"icon\": \"caution\"}], \"icon\": \"warning\"}");

        assertThat(args.texts(DialogOption.ICON)).containsExactly("info");
        assertThat(warnings).containsExactly("JSON \"icons\": escrow-bootstrap shows only the first icon");
    }

    @Test
    void read_unknownUnsupportedAndCommandLineOnlyKeys_warn() throws Exception {
        DialogArguments args = read("{\"titel\": \"x\", \"video\": \"a.mp4\", \"jsonfile\": \"a\","
                + " \"ignorednd\": true, \"title\": \"T\"}");

        assertThat(args.text(DialogOption.TITLE)).contains("T");
        assertThat(warnings)
                .containsExactly(
                        "unknown JSON key \"titel\" (did you mean \"title\"?), ignored",
                        "JSON \"video\" is not supported by escrow-bootstrap, ignored",
                        "JSON \"jsonfile\" is read only from the command line, ignored");
    }

    @Test
    void read_structuredValueForATextOption_isIgnored() throws Exception {
        DialogArguments args = read("{\"title\": {\"text\": \"x\"}}");

        assertThat(args.has(DialogOption.TITLE)).isFalse();
        assertThat(warnings).containsExactly("JSON \"title\" should be text or a number; ignored");
    }

    @Test
    void read_notAnObject_isIgnoredWithAWarning() throws Exception {
        DialogArguments args = read("[1, 2]");

        assertThat(args.has(DialogOption.TITLE)).isFalse();
        assertThat(warnings).containsExactly("the JSON input is not an object ({\"title\": …}); ignored");
    }

    @Test
    void read_laterDuplicateKeyWins() throws Exception {
        assertThat(read("{\"title\": \"a\", \"title\": \"b\"}").text(DialogOption.TITLE))
                .contains("b");
    }

    @Test
    void fromOptions_jsonStringReplacesJsonFile() throws Exception {
        Path file = dir.resolve("d.json");
        Files.writeString(file, "{\"title\": \"From file\", \"subtitle\": \"File sub\"}");
        DialogArguments commandLine = DialogCommandLine.parse(
                List.of("--jsonfile", file.toString(), "--jsonstring", "{\"title\": \"From string\"}"), warnings);

        DialogArguments json = DialogJson.fromOptions(commandLine, warnings);

        assertThat(json.text(DialogOption.TITLE)).contains("From string");
        assertThat(json.has(DialogOption.SUBTITLE)).isFalse();
        assertThat(warnings).containsExactly("--jsonstring replaces --jsonfile " + file);
    }

    @Test
    void fromOptions_missingFileFails_evenWithAString() {
        DialogArguments commandLine = DialogCommandLine.parse(
                List.of("--jsonfile", dir.resolve("nope.json").toString(), "--jsonstring", "{}"), warnings);

        assertThatThrownBy(() -> DialogJson.fromOptions(commandLine, warnings))
                .isInstanceOf(DialogInputException.class)
                .hasMessageEndingWith("nope.json: no such file");
    }
}
