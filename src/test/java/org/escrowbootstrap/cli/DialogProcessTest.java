package org.escrowbootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.escrowbootstrap.testing.ProgramProcess;
import org.escrowbootstrap.testing.XDoTool;
import org.junit.jupiter.api.Test;

/**
 * The {@code dialog} mode as admin scripts use it: a real process, a real window, keys typed at it, the exit code
 * and stdout read back.
 */
class DialogProcessTest {

    private static final Duration WINDOW = Duration.ofSeconds(60);

    @Test
    void typingAPasswordAndReturn_printsTitleColonValue_andExits0() throws Exception {
        try (ProgramProcess dialog = ProgramProcess.start(
                "dialog", "--title", "Dialog Return", "--textfield", "Enter Password,secure,required", "--button2")) {
            XDoTool.awaitWindow("Dialog Return", WINDOW);
            XDoTool.type("p@ss \"w0rd\" $x : ü");
            XDoTool.key("Return");

            assertThat(dialog.awaitExit(WINDOW)).isZero();
            assertThat(dialog.stdout()).containsExactly("Enter Password : p@ss \"w0rd\" $x : ü");
        }
    }

    @Test
    void escape_pressesButton2_exits2_andPrintsNothing() throws Exception {
        try (ProgramProcess dialog = ProgramProcess.start(
                "dialog", "--title", "Dialog Escape", "--textfield", "Name", "--button2text", "Not now")) {
            XDoTool.awaitWindow("Dialog Escape", WINDOW);
            XDoTool.type("kept to myself");
            XDoTool.key("Escape");

            assertThat(dialog.awaitExit(WINDOW)).isEqualTo(2);
            assertThat(dialog.stdout()).isEmpty();
        }
    }

    @Test
    void requiredFieldEmpty_keepsTheWindowOpen_untilItIsFilled() throws Exception {
        try (ProgramProcess dialog = ProgramProcess.start(
                "dialog", "--title", "Dialog Required", "--textfield", "Code,required", "--json")) {
            XDoTool.awaitWindow("Dialog Required", WINDOW);
            XDoTool.key("Return");
            XDoTool.type("42");
            XDoTool.key("Return");

            assertThat(dialog.awaitExit(WINDOW)).isZero();
            assertThat(String.join("\n", dialog.stdout())).isEqualTo("{\n  \"Code\" : \"42\"\n}");
        }
    }

    @Test
    void timer_endsTheDialogWithExit4() throws Exception {
        try (ProgramProcess dialog = ProgramProcess.start("dialog", "--title", "Dialog Timer", "--timer", "1")) {
            assertThat(dialog.awaitExit(WINDOW)).isEqualTo(4);
            assertThat(dialog.stdout()).isEmpty();
        }
    }

    @Test
    void theWindowsCloseButton_exits15_andWithAlwaysReturnInputPrintsTheFields() throws Exception {
        try (ProgramProcess dialog = ProgramProcess.start(
                "dialog",
                "--title",
                "Dialog Close",
                "--width",
                "600",
                "--windowbuttons",
                "close",
                "--textfield",
                "Name",
                "--alwaysreturninput")) {
            XDoTool.awaitWindow("Dialog Close", WINDOW);
            XDoTool.type("Ada");
            // FlatLaf's close button sits in the top-right corner of the 600-point window
            XDoTool.click("Dialog Close", 600 - 18, 17);

            assertThat(dialog.awaitExit(WINDOW)).isEqualTo(15);
            assertThat(dialog.stdout()).containsExactly("Name : Ada");
        }
    }
}
