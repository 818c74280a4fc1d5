package org.escrowbootstrap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.swing.JComponent;
import org.escrowbootstrap.config.dialog.DialogRequest;
import org.escrowbootstrap.config.dialog.DialogSpecReader;
import org.escrowbootstrap.model.DialogSpec;
import org.escrowbootstrap.model.TemplateVariables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Narrow and short windows, laid out by Swing as the window lays them out: whatever the size, every part lies
 * inside the window (or inside a view that scrolls), and no title, label or button is cut short.
 */
@Timeout(300)
class NarrowWindowsTest {

    private static final String LONG_TITLE = "Your Mac needs an important security update before the end of this week";
    private static final String MESSAGE = "Please save your work. **This update** requires a restart and takes about"
            + " twenty minutes. See https://support.example.com/very/long/path/to/a/knowledge-base-article-about"
            + "-updates-1234567 for the details.";

    /** The window sizes of the brief: narrow, short, narrow and small, and the big scale squeezed. */
    private static final Map<String, List<String>> SIZES = Map.of(
            "--width 300", List.of("--width", "300"),
            "--small --height 200", List.of("--small", "--height", "200"),
            "--width 360 --small", List.of("--width", "360", "--small"),
            "--width 300 --height 200", List.of("--width", "300", "--height", "200"),
            "--big --width 300 --height 200", List.of("--big", "--width", "300", "--height", "200"),
            "--big --height 200", List.of("--big", "--height", "200"));

    /** What a screen can hold, each with the texts that need the most room. */
    private static final Map<String, List<String>> CONTENTS = Map.of(
            "everything",
            List.of(
                    "--bannerimage",
                    "colour=#1E3A5F",
                    "--title",
                    LONG_TITLE,
                    "--icon",
                    "caution",
                    "--message",
                    MESSAGE,
                    "--textfield",
                    "Name",
                    "--textfield",
                    "Password,secure,required",
                    "--selecttitle",
                    "Department",
                    "--selectvalues",
                    "Engineering,Finance,People",
                    "--checkbox",
                    "I have saved my work",
                    "--checkbox",
                    "Restart when done",
                    "--listitem",
                    "Download",
                    "--listitem",
                    "Install the security update",
                    "--listitem",
                    "Restart",
                    "--progress",
                    "40",
                    "--infobuttontext",
                    "More info",
                    "--button1text",
                    "Install",
                    "--button2text",
                    "Later",
                    "--timer",
                    "120",
                    "--helpmessage",
                    "Call the desk."),
            "long words",
            List.of(
                    "--title",
                    "Supercalifragilisticexpialidociousandevenlongerunbreakabletitleword",
                    "--message",
                    "https://support.example.com/very/long/path/to/a/knowledge-base-article-1234567890abcdef",
                    "--button1text",
                    "Install the update right now please",
                    "--button2text",
                    "Remind me much later",
                    "--infobuttontext",
                    "Read more about it"),
            "title and message",
            List.of("--title", LONG_TITLE, "--message", MESSAGE, "--button2text", "Cancel"),
            "banner title",
            List.of("--bannerimage", "colour=blue", "--bannertitle", "--title", LONG_TITLE, "--message", MESSAGE),
            "alert",
            List.of("--style", "alert", "--title", LONG_TITLE, "--message", MESSAGE, "--button2text", "Cancel"),
            "mini",
            List.of(
                    "--mini",
                    "--title",
                    LONG_TITLE,
                    "--message",
                    MESSAGE,
                    "--icon",
                    "caution",
                    "--button2text",
                    "Cancel",
                    "--infobuttontext",
                    "More"),
            "mini with a progress line",
            List.of(
                    "--mini",
                    "--title",
                    LONG_TITLE,
                    "--message",
                    MESSAGE,
                    "--progress",
                    "10",
                    "--progresstext",
                    "Downloading the update, which may take a while on a slow connection"),
            "info box",
            List.of(
                    "--title",
                    LONG_TITLE,
                    "--message",
                    MESSAGE,
                    "--icon",
                    "caution",
                    "--infobox",
                    "**Computer:** Avery's MacBook Pro  \n**Serial:** C02XK1ABCDEF  \n**macOS:** 15.2"),
            "inputs",
            List.of(
                    "--title",
                    LONG_TITLE,
                    "--message",
                    MESSAGE,
                    "--textfield",
                    "Name of the account to set up",
                    "--selecttitle",
                    "Department",
                    "--selectvalues",
                    "Engineering,Finance",
                    "--checkbox",
                    "I have read the instructions and saved my work",
                    "--button2text",
                    "Cancel"));

    static Stream<Arguments> matrix() {
        List<Arguments> all = new ArrayList<>();
        SIZES.forEach((sizeName, size) -> CONTENTS.forEach((contentName, content) -> {
            List<String> args = new ArrayList<>(content);
            args.addAll(size);
            all.add(Arguments.of(sizeName, contentName, args));
        }));
        return all.stream();
    }

    private static DialogSpec spec(List<String> args) {
        DialogRequest request = DialogSpecReader.read(args, TemplateVariables.of(Map.of()));
        assertThat(request.warnings()).isEmpty();
        return request.spec();
    }

    @ParameterizedTest(name = "{1} at {0}")
    @MethodSource("matrix")
    void nothingIsCutOff(String size, String content, List<String> args) {
        assertThat(DialogRenderer.cutOff(spec(args)))
                .as(content + " at " + size)
                .isEmpty();
    }

    @Test
    void aTitleTooLongForOneLine_wraps_ratherThanEndingInAnEllipsis() {
        DialogContent content = DialogRenderer.laidOut(
                spec(List.of("--title", LONG_TITLE, "--message", "Hi.", "--width", "360", "--small")));

        JComponent title = named(content, "title");
        int oneLine = title.getFontMetrics(title.getFont()).getHeight();
        assertThat(title.getHeight()).isGreaterThanOrEqualTo(2 * oneLine);
        assertThat(title.getWidth()).isLessThanOrEqualTo(content.getWidth());
    }

    @Test
    void buttonsTooWideSideBySide_stack_button1OnTop_eachWhole() {
        DialogContent content = DialogRenderer.laidOut(spec(List.of(
                "--title",
                "T",
                "--message",
                "M",
                "--width",
                "300",
                "--button1text",
                "Install the update right now",
                "--button2text",
                "Remind me much later")));

        JComponent button1 = named(content, "button1");
        JComponent button2 = named(content, "button2");
        assertThat(button1.getY()).isLessThan(button2.getY());
        assertThat(button1.getWidth()).isGreaterThanOrEqualTo(button1.getPreferredSize().width);
        assertThat(button2.getWidth()).isGreaterThanOrEqualTo(button2.getPreferredSize().width);
    }

    @Test
    void aWideWindow_keepsItsButtonsOnOneRow_andItsIconAtFullSize() {
        DialogContent content = DialogRenderer.laidOut(
                spec(List.of("--title", "T", "--message", "M", "--button2text", "Cancel", "--infobuttontext", "More")));

        assertThat(named(content, "button1").getY())
                .isEqualTo(named(content, "button2").getY());
        assertThat(named(content, "infoButton").getY())
                .isEqualTo(named(content, "button2").getY());
        assertThat(named(content, "icon").getWidth()).isEqualTo(150);
    }

    @Test
    void aWindowTooShortForItsInputs_scrollsTheBandBetweenTitleAndButtons() {
        DialogContent content = DialogRenderer.laidOut(spec(List.of(
                "--title",
                "T",
                "--message",
                MESSAGE,
                "--textfield",
                "Name",
                "--textfield",
                "Email",
                "--textfield",
                "Phone",
                "--progress",
                "10",
                "--width",
                "400",
                "--height",
                "200")));

        assertThat(content.middleMissing()).isPositive();
        assertThat(DialogRenderer.cutOff(spec(List.of(
                        "--title",
                        "T",
                        "--message",
                        MESSAGE,
                        "--textfield",
                        "Name",
                        "--textfield",
                        "Email",
                        "--textfield",
                        "Phone",
                        "--progress",
                        "10",
                        "--width",
                        "400",
                        "--height",
                        "200"))))
                .isEmpty();
    }

    private static JComponent named(java.awt.Container in, String name) {
        for (java.awt.Component child : in.getComponents()) {
            if (name.equals(child.getName())) {
                return (JComponent) child;
            }
            if (child instanceof java.awt.Container inner) {
                JComponent found = named(inner, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
