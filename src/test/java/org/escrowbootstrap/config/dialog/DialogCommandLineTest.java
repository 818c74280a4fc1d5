package org.escrowbootstrap.config.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DialogCommandLineTest {

    private final List<String> warnings = new ArrayList<>();

    private DialogArguments parse(String... args) {
        return DialogCommandLine.parse(List.of(args), warnings);
    }

    @Test
    void parse_takesTheNextTokenAsValue() {
        DialogArguments args = parse("--title", "Hello world", "--message", "Body");

        assertThat(args.text(DialogOption.TITLE)).contains("Hello world");
        assertThat(args.text(DialogOption.MESSAGE)).contains("Body");
        assertThat(warnings).isEmpty();
    }

    @Test
    void parse_acceptsShortNames() {
        DialogArguments args = parse("-t", "T", "-m", "M", "-i", "info", "-s", "-2", "-3", "-j", "-h", "-o", "-p");

        assertThat(args.text(DialogOption.TITLE)).contains("T");
        assertThat(args.text(DialogOption.MESSAGE)).contains("M");
        assertThat(args.texts(DialogOption.ICON)).containsExactly("info");
        assertThat(args.flag(DialogOption.SMALL)).isTrue();
        assertThat(args.flag(DialogOption.BUTTON2)).isTrue();
        assertThat(args.flag(DialogOption.INFOBUTTON)).isTrue();
        assertThat(args.flag(DialogOption.JSON)).isTrue();
        assertThat(args.flag(DialogOption.HIDEICON)).isTrue();
        assertThat(args.flag(DialogOption.MOVEABLE)).isTrue();
        assertThat(args.flag(DialogOption.ONTOP)).isTrue();
        assertThat(warnings).isEmpty();
    }

    @Test
    void parse_acceptsAliases() {
        DialogArguments args = parse("--alignment", "centre", "--centericon", "--bannertext", "Hi");

        assertThat(args.text(DialogOption.MESSAGEALIGNMENT)).contains("centre");
        assertThat(args.flag(DialogOption.CENTREICON)).isTrue();
        assertThat(args.text(DialogOption.BANNERTITLE)).contains("Hi");
    }

    @Test
    void parse_matchesTokensExactly() {
        DialogArguments args = parse("--Title", "x", "-title", "y");

        assertThat(args.has(DialogOption.TITLE)).isFalse();
        assertThat(warnings)
                .containsExactly(
                        "unknown option --Title (did you mean --title?), ignored with its value \"x\"",
                        "unknown option -title (did you mean --title?), ignored with its value \"y\"");
    }

    @Test
    void parse_firstOccurrenceWinsForSingleValuedOptions() {
        DialogArguments args = parse("--title", "First", "--title", "Second");

        assertThat(args.text(DialogOption.TITLE)).contains("First");
        assertThat(warnings).containsExactly("--title given more than once; the first one counts");
    }

    @Test
    void parse_anAliasIsTheSameOption_firstOneCounts() {
        DialogArguments args = parse("--messagealignment", "right", "--alignment", "left");

        assertThat(args.text(DialogOption.MESSAGEALIGNMENT)).contains("right");
    }

    @Test
    void parse_collectsRepeatableOptionsInOrder() {
        DialogArguments args = parse("--textfield", "Name", "--title", "T", "--textfield", "Password,secure");

        assertThat(args.texts(DialogOption.TEXTFIELD)).containsExactly("Name", "Password,secure");
    }

    @Test
    void parse_aValueStartingWithDashIsNotAValue() {
        DialogArguments args = parse("--message", "-5 °C", "--title", "T");

        assertThat(args.text(DialogOption.MESSAGE)).contains("");
        assertThat(args.text(DialogOption.TITLE)).contains("T");
        assertThat(warnings)
                .containsExactly("--message has no value: \"-5 °C\" starts with '-', and by swiftDialog's rules a"
                        + " value never does (put such a value in --jsonstring)");
    }

    @Test
    void parse_aDashValueThatIsAShortOptionCountsAsThatOption() {
        DialogArguments args = parse("--iconsize", "-3");

        assertThat(args.text(DialogOption.ICONSIZE)).contains("");
        assertThat(args.flag(DialogOption.INFOBUTTON)).isTrue();
        assertThat(warnings)
                .containsExactly("--iconsize has no value: \"-3\" is read as the option --infobutton, since by"
                        + " swiftDialog's rules a value never starts with '-'");
    }

    @Test
    void parse_valueFollowedByAnOption_isPresentWithoutValue() {
        DialogArguments args = parse("--title", "--small");

        assertThat(args.text(DialogOption.TITLE)).contains("");
        assertThat(args.flag(DialogOption.SMALL)).isTrue();
        assertThat(warnings).containsExactly("--title has no value");
    }

    @Test
    void parse_valueAtTheEnd_isPresentWithoutValue() {
        DialogArguments args = parse("--title");

        assertThat(args.text(DialogOption.TITLE)).contains("");
        assertThat(warnings).containsExactly("--title has no value");
    }

    @Test
    void parse_anEmptyArgumentIsAnEmptyValue() {
        DialogArguments args = parse("--title", "", "--button1text", "");

        assertThat(args.text(DialogOption.TITLE)).contains("");
        assertThat(args.text(DialogOption.BUTTON1TEXT)).contains("");
        assertThat(warnings).isEmpty();
    }

    @Test
    void parse_optionalValues_takeAValueOrNone() {
        DialogArguments withValue = parse("--timer", "30", "--infotext", "v1.2");
        DialogArguments without = parse("--timer", "--infotext");

        assertThat(withValue.text(DialogOption.TIMER)).contains("30");
        assertThat(withValue.text(DialogOption.INFOTEXT)).contains("v1.2");
        assertThat(without.text(DialogOption.TIMER)).contains("");
        assertThat(without.text(DialogOption.INFOTEXT)).contains("");
        assertThat(warnings).isEmpty();
    }

    @Test
    void parse_turnsLiteralBackslashNIntoNewline() {
        DialogArguments args = parse("--message", "line one\\nline two");

        assertThat(args.text(DialogOption.MESSAGE)).contains("line one\nline two");
    }

    @Test
    void parse_flagsDoNotTakeAValue() {
        DialogArguments args = parse("--small", "true", "--title", "T");

        assertThat(args.flag(DialogOption.SMALL)).isTrue();
        assertThat(args.text(DialogOption.TITLE)).contains("T");
        assertThat(warnings).containsExactly("--small takes no value; \"true\" ignored");
    }

    @Test
    void parse_unknownOption_warnsWithClosestKnownOption_andGoesOn() {
        DialogArguments args = parse("--titel", "Hello", "--mesage", "Body", "--button1txt", "Go", "--title", "T");

        assertThat(args.text(DialogOption.TITLE)).contains("T");
        assertThat(args.has(DialogOption.MESSAGE)).isFalse();
        assertThat(warnings)
                .containsExactly(
                        "unknown option --titel (did you mean --title?), ignored with its value \"Hello\"",
                        "unknown option --mesage (did you mean --message?), ignored with its value \"Body\"",
                        "unknown option --button1txt (did you mean --button1text?), ignored with its value \"Go\"");
    }

    @Test
    void parse_macOsSettingsAfterTheOptions_areNamedAsSuch_withoutAGuess() {
        // grahampugh/erase-install: "$dialog_bin" "${dialog_args[@]}" -AppleLanguages "($language)" -AppleAccentColor 4
        DialogArguments args = parse("--title", "T", "-AppleLanguages", "(de)", "-AppleAccentColor", "4");

        assertThat(args.text(DialogOption.TITLE)).contains("T");
        assertThat(warnings)
                .containsExactly(
                        "-AppleLanguages is not supported by escrow-bootstrap (a macOS setting, not a swiftDialog"
                                + " option), ignored with its value \"(de)\"",
                        "-AppleAccentColor is not supported by escrow-bootstrap (a macOS setting, not a swiftDialog"
                                + " option), ignored with its value \"4\"");
    }

    @Test
    void parse_unknownFlag_followedByAnOption_skipsNothing() {
        DialogArguments args = parse("--smal", "--big");

        assertThat(args.flag(DialogOption.BIG)).isTrue();
        assertThat(warnings).containsExactly("unknown option --smal (did you mean --small?), ignored");
    }

    @Test
    void parse_equalsForm_getsAHint() {
        DialogArguments args = parse("--title=Hello");

        assertThat(args.has(DialogOption.TITLE)).isFalse();
        assertThat(warnings)
                .containsExactly("ignored --title=Hello: write --title VALUE, with a space, not --title=VALUE");
    }

    @Test
    void parse_unsupportedOption_warnsOnce_andSkipsItsValue() {
        DialogArguments args =
                parse("--video", "a.mp4", "--video", "b.mp4", "--loginwindow", "--webcontent", "a,b", "--title", "T");

        assertThat(args.text(DialogOption.TITLE)).contains("T");
        assertThat(args.has(DialogOption.VIDEO)).isFalse();
        assertThat(warnings)
                .containsExactly(
                        "--video is not supported by escrow-bootstrap, ignored",
                        "--loginwindow is not supported by escrow-bootstrap, ignored",
                        "--webcontent is not supported by escrow-bootstrap, ignored");
    }

    @Test
    void parse_optionsWithoutEffectInSwiftDialog_areAcceptedSilently() {
        DialogArguments args = parse("--ignorednd", "--button1action", "https://example.com", "-d", "--title", "T");

        assertThat(args.text(DialogOption.TITLE)).contains("T");
        assertThat(args.has(DialogOption.BUTTON1ACTION)).isFalse();
        assertThat(warnings).isEmpty();
    }

    @Test
    void parse_strayWord_isReported() {
        DialogArguments args = parse("--title", "A", "B");

        assertThat(args.text(DialogOption.TITLE)).contains("A");
        assertThat(warnings).containsExactly("ignored \"B\": it is neither an option nor an option's value");
    }

    @Test
    void parse_jsonOnlyKeysAreUnknownOnTheCommandLine() {
        parse("--icons", "x");

        assertThat(warnings)
                .containsExactly("unknown option --icons (did you mean --icon?), ignored with its value \"x\"");
    }

    @Test
    void parse_programOptions() {
        DialogArguments args = parse("--help", "title", "--version", "--screenshot", "out.png", "--jsonfile", "a.json");

        assertThat(args.text(DialogOption.HELP)).contains("title");
        assertThat(args.flag(DialogOption.VERSION)).isTrue();
        assertThat(args.text(DialogOption.SCREENSHOT)).contains("out.png");
        assertThat(args.text(DialogOption.JSONFILE)).contains("a.json");
    }

    @Test
    void parse_hIsHideIconAndVIsVersion() {
        DialogArguments args = parse("-h", "-v");

        assertThat(args.flag(DialogOption.HIDEICON)).isTrue();
        assertThat(args.flag(DialogOption.VERSION)).isTrue();
        assertThat(args.has(DialogOption.HELP)).isFalse();
    }
}
