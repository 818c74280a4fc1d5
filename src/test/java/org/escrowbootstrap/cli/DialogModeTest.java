package org.escrowbootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code dialog} mode's paths that end without a window; the window itself is {@link DialogProcessTest}'s. */
class DialogModeTest {

    @TempDir
    Path dir;

    @Test
    void screenshot_rendersThePngAndExits0_printingNothing() throws Exception {
        Path png = dir.resolve("shot.png");

        CliRun run = CliRun.of(
                "dialog",
                "--title",
                "Hello",
                "--message",
                "**Hi**",
                "--textfield",
                "Password,secure,required",
                "--width",
                "600",
                "--height",
                "300",
                "--screenshot",
                png.toString());

        assertThat(run).isEqualTo(new CliRun(0, "", ""));
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(600);
    }

    @Test
    void screenshot_intoAMissingFolder_isOneClearLine() {
        Path png = dir.resolve("no/such/folder/shot.png");

        CliRun run = CliRun.of("dialog", "--title", "x", "--screenshot", png.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("escrow-bootstrap: cannot write ").endsWith("does not exist\n");
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void malformedJson_exits202_withSwiftDialogsLine_andOursNamingLineAndColumn() {
        CliRun run = CliRun.of("dialog", "--jsonstring", "{\"title\": \"x\",\n \"message\" \"y\"}");

        assertThat(run.exitCode()).isEqualTo(202);
        assertThat(run.out()).isEqualTo("JSON import failed\n");
        assertThat(run.err()).contains("line 2, column");
    }

    @Test
    void missingJsonFile_exits202_asSwiftDialog() {
        Path missing = dir.resolve("missing.json");

        CliRun run = CliRun.of("dialog", "--jsonfile", missing.toString());

        assertThat(run.exitCode()).isEqualTo(202);
        assertThat(run.out()).isEqualTo("ERROR: File not found : " + missing + "\n");
    }

    @Test
    void unknownOptionAndBadValue_warn_andTheDialogStillRenders() throws Exception {
        Path png = dir.resolve("shot.png");

        CliRun run = CliRun.of("dialog", "--titel", "x", "--width", "abc", "--screenshot", png.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("--titel", "did you mean --title?").contains("--width \"abc\"");
        assertThat(Files.size(png)).isPositive();
    }

    @Test
    void missingIcon_warns_andTheDialogStillRenders() throws Exception {
        Path png = dir.resolve("shot.png");

        CliRun run = CliRun.of("dialog", "--title", "x", "--icon", "/no/such/icon.png", "--screenshot", png.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("/no/such/icon.png");
        assertThat(Files.size(png)).isPositive();
    }

    @Test
    void help_andVersion_exit0() {
        assertThat(CliRun.of("dialog", "--help").out()).contains("--textfield", "--button1text");
        assertThat(CliRun.of("dialog", "--version").exitCode()).isZero();
    }
}
