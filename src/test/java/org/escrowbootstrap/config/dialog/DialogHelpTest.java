package org.escrowbootstrap.config.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import org.escrowbootstrap.model.SfSymbols;
import org.junit.jupiter.api.Test;

class DialogHelpTest {

    @Test
    void overview_listsEverySupportedOption_underItsGroup() {
        String help = DialogHelp.overview();

        for (DialogOption option : DialogOption.values()) {
            String name = option.onCommandLine() ? option.display() : "\"" + option.longName() + "\"";
            assertThat(help).as(option.name()).contains(name);
        }
        assertThat(help).contains("  \"icons\": [{\"icon\": …}] (JSON)").doesNotContainPattern("--icons\\b");
        assertThat(help)
                .contains(
                        "\nWindow\n",
                        "\nButtons\n",
                        "\nText fields, selects and check boxes\n",
                        "\nTimer and progress\n");
        assertThat(help).contains("  -t, --title <text>").contains("  -h, --hideicon");
    }

    @Test
    void overview_namesUnsupportedOptionsSeparately() {
        String help = DialogHelp.overview();

        assertThat(help).contains("does not support (ignored with a warning): --positionoffset,");
        assertThat(help).contains("--ignorednd");
    }

    @Test
    void overview_staysWithinTheWidth() {
        for (String line : DialogHelp.overview().split("\n")) {
            assertThat(line.length()).as(line).isLessThanOrEqualTo(100);
        }
    }

    @Test
    void topic_describesOneOption_byAnySpelling() {
        String expected = DialogHelp.topic("title");

        assertThat(expected).startsWith("-t, --title <text>\n  The title");
        assertThat(expected).contains("JSON key \"title\"");
        assertThat(DialogHelp.topic("--title")).isEqualTo(expected);
        assertThat(DialogHelp.topic("-t")).isEqualTo(expected);
        assertThat(DialogHelp.topic("bannertext")).isEqualTo(DialogHelp.topic("bannertitle"));
    }

    @Test
    void topic_icon_listsEverySymbolWeDraw() {
        String help = DialogHelp.topic("icon");

        for (String name : SfSymbols.SHIPPED) {
            assertThat(help).as(name).containsPattern("(?m)[ \\n]" + java.util.regex.Pattern.quote(name) + "( |$)");
        }
        assertThat(help).contains("nearest family").contains("generic symbol");
        assertThat(DialogHelp.topic("overlayicon")).endsWith(help.substring(help.indexOf("  SF=<symbol>")));
        assertThat(DialogHelp.topic("title")).doesNotContain("laptopcomputer");
        for (String line : help.split("\n")) {
            assertThat(line.length()).as(line).isLessThanOrEqualTo(100);
        }
    }

    @Test
    void topic_unsupportedOption_saysSo() {
        assertThat(DialogHelp.topic("loginwindow"))
                .contains("Not supported by escrow-bootstrap: ignored with a warning.");
    }

    @Test
    void topic_unknownName_suggestsTheNearest() {
        assertThat(DialogHelp.topic("titel"))
                .isEqualTo("no dialog option \"titel\" (did you mean --title?); --help lists them all\n");
    }

    @Test
    void version_isDevOutsideAJar() {
        assertThat(DialogHelp.version()).isEqualTo("dev");
    }

    @Test
    void wrap_breaksAtTheWidth_andIndents() {
        String wrapped = DialogHelp.wrap("word ".repeat(40).strip(), 4);

        for (String line : wrapped.split("\n")) {
            assertThat(line).startsWith("    word");
            assertThat(line.length()).isLessThanOrEqualTo(100);
        }
    }
}
