package org.escrowbootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import org.escrowbootstrap.testing.ProgramProcess;
import org.escrowbootstrap.testing.XDoTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command file as admin scripts drive it: a real dialog process, lines appended to its file while it is up. */
class CommandFileProcessTest {

    private static final Duration WINDOW = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private static void append(Path file, String text) throws Exception {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    @Test
    void button1Enable_letsReturnFinishWith0_andLinesFromBeforeTheStartAreIgnored() throws Exception {
        Path log = Files.writeString(dir.resolve("dialog.log"), "quit:\n");
        try (ProgramProcess dialog = ProgramProcess.start(
                "dialog", "--title", "Live Wait", "--button1disabled", "--commandfile", log.toString())) {
            XDoTool.awaitWindow("Live Wait", WINDOW);
            append(log, "button1: enable\n");
            append(log, "title: Live Ready\n"); // applied after the line above: once shown, button 1 is enabled
            XDoTool.awaitWindow("Live Ready", WINDOW);
            XDoTool.key("Return");

            assertThat(dialog.awaitExit(WINDOW)).isZero();
        }
    }

    @Test
    void button2Disabled_ignoresEscUntilTheCommandFileEnablesIt() throws Exception {
        Path log = dir.resolve("dialog.log");
        try (ProgramProcess dialog = ProgramProcess.start(
                "dialog",
                "--title",
                "Live Hold",
                "--button2text",
                "Later",
                "--button2disabled",
                "--commandfile",
                log.toString())) {
            XDoTool.awaitWindow("Live Hold", WINDOW);
            XDoTool.key("Escape"); // button 2 is disabled: Esc does nothing and the window stays
            append(log, "title: Live Held\n");
            XDoTool.awaitWindow("Live Held", WINDOW);
            append(log, "button2: enable\n");
            append(log, "title: Live Free\n");
            XDoTool.awaitWindow("Live Free", WINDOW);
            XDoTool.key("Escape");

            assertThat(dialog.awaitExit(WINDOW)).isEqualTo(2);
        }
    }

    @Test
    void quit_exits5_printingNothing_andBadLinesAreOneWarningEach() throws Exception {
        Path log = dir.resolve("dialog.log");
        try (ProgramProcess dialog = ProgramProcess.start(
                "dialog", "--title", "Live Quit", "--textfield", "Name", "--commandfile", log.toString())) {
            XDoTool.awaitWindow("Live Quit", WINDOW);
            append(log, "progress: lots\nnosuch: thing\nquit:\n");

            assertThat(dialog.awaitExit(WINDOW)).isEqualTo(5);
            assertThat(dialog.stdout()).isEmpty();
            assertThat(dialog.stderr())
                    .containsExactly(
                            "escrow-bootstrap: warning: progress: \"lots\" is not a number or a progress keyword;"
                                    + " ignored",
                            "escrow-bootstrap: warning: command file: unknown command \"nosuch:\"; ignored");
        }
    }

    @Test
    void aPasswordDialog_neverFollowsTheCommandFile() throws Exception {
        Path log = dir.resolve("dialog.log");
        try (ProgramProcess dialog = ProgramProcess.start(
                "dialog",
                "--title",
                "Live Secret",
                "--textfield",
                "Password,secure",
                "--commandfile",
                log.toString())) {
            XDoTool.awaitWindow("Live Secret", WINDOW);
            append(log, "title: Live Hijacked\nbutton1text: x\n");
            XDoTool.type("pw");
            XDoTool.key("Return");

            assertThat(dialog.awaitExit(WINDOW)).isZero();
            assertThat(dialog.stdout()).containsExactly("Password : pw");
            assertThat(dialog.stderr())
                    .containsExactly(
                            "escrow-bootstrap: warning: the command file is not followed by a dialog with a secure"
                                    + " field");
        }
    }
}
