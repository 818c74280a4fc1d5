package org.escrowbootstrap.config.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.escrowbootstrap.config.dialog.DialogOption.Channel;
import org.escrowbootstrap.config.dialog.DialogOption.Kind;
import org.escrowbootstrap.config.dialog.DialogOption.Support;
import org.junit.jupiter.api.Test;

class DialogOptionTest {

    @Test
    void table_hasSwiftDialogsShortNames() {
        assertThat(DialogOption.byToken("-t")).contains(DialogOption.TITLE);
        assertThat(DialogOption.byToken("-m")).contains(DialogOption.MESSAGE);
        assertThat(DialogOption.byToken("-i")).contains(DialogOption.ICON);
        assertThat(DialogOption.byToken("-y")).contains(DialogOption.OVERLAYICON);
        assertThat(DialogOption.byToken("-n")).contains(DialogOption.BANNERIMAGE);
        assertThat(DialogOption.byToken("-h")).contains(DialogOption.HIDEICON);
        assertThat(DialogOption.byToken("-s")).contains(DialogOption.SMALL);
        assertThat(DialogOption.byToken("-b")).contains(DialogOption.BIG);
        assertThat(DialogOption.byToken("-o")).contains(DialogOption.MOVEABLE);
        assertThat(DialogOption.byToken("-p")).contains(DialogOption.ONTOP);
        assertThat(DialogOption.byToken("-2")).contains(DialogOption.BUTTON2);
        assertThat(DialogOption.byToken("-3")).contains(DialogOption.INFOBUTTON);
        assertThat(DialogOption.byToken("-j")).contains(DialogOption.JSON);
        assertThat(DialogOption.byToken("-d")).contains(DialogOption.IGNOREDND);
        assertThat(DialogOption.byToken("-v")).contains(DialogOption.VERSION);
        assertThat(DialogOption.byToken("-g")).contains(DialogOption.IMAGE);
    }

    @Test
    void table_knowsTheAliases() {
        assertThat(DialogOption.byToken("--bannertext")).contains(DialogOption.BANNERTITLE);
        assertThat(DialogOption.byToken("--alignment")).contains(DialogOption.MESSAGEALIGNMENT);
        assertThat(DialogOption.byToken("--centericon")).contains(DialogOption.CENTREICON);
        assertThat(DialogOption.byJsonKey("bannertext")).contains(DialogOption.BANNERTITLE);
        assertThat(DialogOption.byJsonKey("centericon")).contains(DialogOption.CENTREICON);
    }

    @Test
    void table_listsUnsupportedSwiftDialogOptions() {
        for (String name : new String[] {"loginwindow", "video", "webcontent", "positionoffset", "resizable"}) {
            assertThat(DialogOption.byJsonKey(name)).as(name).hasValueSatisfying(option -> assertThat(option.support())
                    .isEqualTo(Support.UNSUPPORTED));
        }
    }

    @Test
    void table_supportsTheLiveOptions() {
        for (String name : new String[] {
            "listitem",
            "liststyle",
            "commandfile",
            "progress",
            "progresstext",
            "checkbox",
            "checkboxstyle",
            "selectvalues",
            "selecttitle",
            "selectdefault",
            "selectitems",
            "helpmessage",
            "helpimage",
            "button2disabled",
            "background",
            "bgalpha",
            "bgposition",
            "bgfill",
            "fullscreen",
            "eula"
        }) {
            assertThat(DialogOption.byJsonKey(name)).as(name).hasValueSatisfying(option -> assertThat(option.support())
                    .isEqualTo(Support.SUPPORTED));
        }
    }

    @Test
    void table_marksOptionsWithoutEffectInSwiftDialog() {
        assertThat(DialogOption.IGNOREDND.support()).isEqualTo(Support.NO_EFFECT);
        assertThat(DialogOption.HIDEDEFAULTKEYBOARDACTION.support()).isEqualTo(Support.NO_EFFECT);
        assertThat(DialogOption.BUTTON1ACTION.support()).isEqualTo(Support.NO_EFFECT);
        assertThat(DialogOption.BGSCALE.support()).isEqualTo(Support.NO_EFFECT);
    }

    @Test
    void table_hasOurOwnOptionsOnTheCommandLineOnly() {
        assertThat(DialogOption.byToken("--screenshot")).contains(DialogOption.SCREENSHOT);
        assertThat(DialogOption.byToken("--help")).contains(DialogOption.HELP);
        assertThat(DialogOption.byJsonKey("screenshot")).isEmpty();
        assertThat(DialogOption.byJsonKey("jsonfile")).isEmpty();
        assertThat(DialogOption.byToken("--icons")).isEmpty();
        assertThat(DialogOption.byJsonKey("icons")).contains(DialogOption.ICONS);
    }

    @Test
    void table_hasOptionalValuesWhereSwiftDialogAllowsThem() {
        assertThat(DialogOption.TIMER.kind()).isEqualTo(Kind.OPTIONAL_VALUE);
        assertThat(DialogOption.INFOTEXT.kind()).isEqualTo(Kind.OPTIONAL_VALUE);
        assertThat(DialogOption.PROGRESS.kind()).isEqualTo(Kind.OPTIONAL_VALUE);
        assertThat(DialogOption.HELP.kind()).isEqualTo(Kind.OPTIONAL_VALUE);
        assertThat(DialogOption.TEXTFIELD.kind()).isEqualTo(Kind.REPEATABLE);
        assertThat(DialogOption.ICON.kind()).isEqualTo(Kind.REPEATABLE);
    }

    @Test
    void table_everyOptionIsWellFormed() {
        Set<String> names = new HashSet<>();
        for (DialogOption option : DialogOption.values()) {
            assertThat(option.longName()).as(option.name()).matches("[a-z0-9-]+");
            assertThat(names.add(option.longName()))
                    .as("unique " + option.longName())
                    .isTrue();
            option.aliases()
                    .forEach(alias ->
                            assertThat(names.add(alias)).as("unique " + alias).isTrue());
            assertThat(option.help()).as(option.name()).isNotBlank().endsWith(".");
            if (option.isSupported() && option.kind() != Kind.FLAG) {
                assertThat(option.argument())
                        .as(option.name() + " has a placeholder")
                        .isNotBlank();
            }
            if (option.channel() != Channel.JSON_ONLY) {
                option.tokens().forEach(token -> assertThat(DialogOption.byToken(token))
                        .contains(option));
            }
        }
    }

    @Test
    void table_everyOptionIsInTheCompatibilityDocument() throws IOException {
        String doc = Files.readString(Path.of("docs/swiftdialog-compatibility.md"));

        for (DialogOption option : DialogOption.values()) {
            String name = option.onCommandLine() ? "`" + option.display() : option.longName();
            assertThat(doc).as(option.name()).contains(name);
        }
    }

    @Test
    void closestToken_suggestsTheNearestSpelling() {
        assertThat(DialogOption.closestToken("--bannerimg")).isEqualTo("--bannerimage");
        assertThat(DialogOption.closestToken("--textfeild")).isEqualTo("--textfield");
        assertThat(DialogOption.closestJsonKey("buton1text")).isEqualTo("button1text");
    }
}
