package org.escrowbootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.escrowbootstrap.testing.ProgramProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PreviewModeTest {

    @TempDir
    Path dir;

    private List<String> files() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "not-escrowed          | 0  | 01-password.png 02-progress.png 03-result.png",
                "already-escrowed      | 0  | 01-result.png",
                "wrong-password-first  | 0  | 01-password.png 02-password.png 03-progress.png 04-result.png",
                "wrong-password-always | 21 | 01-password.png 02-password.png 03-password.png 04-result.png",
                "not-filevault-user    | 22 | 01-result.png",
                "standard-user         | 22 | 01-result.png",
                "not-supported         | 23 | 01-result.png",
                "escrow-fails          | 24 | 01-password.png 02-progress.png 03-result.png",
                "pending               | 0  | 01-password.png 02-progress.png 03-progress.png 04-result.png",
                "nobody-logged-in      | 0  | ''",
                "setup-assistant       | 0  | ''",
                "tool-hangs            | 24 | 01-result.png",
                "unknown-status        | 24 | 01-result.png",
                "no-full-name          | 0  | 01-password.png 02-progress.png 03-result.png",
                "account-disabled      | 22 | 01-password.png 02-result.png",
            })
    void screenshots_renderEveryScreenOfTheScenario_andExitWithItsCode(String scenario, int code, String expected)
            throws IOException {
        CliRun run = CliRun.of("preview", "--scenario", scenario, "--screenshots", dir.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(code);
        assertThat(files()).containsExactlyElementsOf(expected.isBlank() ? List.of() : List.of(expected.split(" ")));
        assertThat(run.out()).contains("preview: scenario " + scenario);
    }

    @Test
    void screenshots_areRetinaSizedPicturesOfTheWindow() throws IOException {
        CliRun run = CliRun.of("preview", "--scenario", "already-escrowed", "--screenshots", dir.toString());

        BufferedImage image = ImageIO.read(dir.resolve("01-result.png").toFile());
        assertThat(run.exitCode()).isZero();
        assertThat(image.getWidth()).isEqualTo(820 * 2);
        assertThat(image.getHeight()).isEqualTo(480 * 2);
        assertThat(run.out()).contains("preview: wrote " + dir.resolve("01-result.png"));
    }

    @Test
    void screenshots_showTheAdminsBranding() throws IOException {
        Path config = dir.resolve("config.json");
        Files.writeString(config, "{\"branding\": {\"banner\": \"colour=#B22234,nogradient\"}}");
        Path shots = Files.createDirectory(dir.resolve("shots"));

        CliRun run = CliRun.of(
                "preview",
                "--scenario",
                "already-escrowed",
                "--config",
                config.toString(),
                "--screenshots",
                shots.toString());

        BufferedImage image = ImageIO.read(shots.resolve("01-result.png").toFile());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(image.getRGB(20, 20) & 0xFFFFFF).isEqualTo(0xB22234);
    }

    @Test
    void language_rendersTheScreensInIt() throws IOException {
        CliRun run = CliRun.of(
                "preview", "--scenario", "already-escrowed", "--language", "fr-CA", "--screenshots", dir.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("preview: language fr (--language fr-CA)");
        assertThat(files()).containsExactly("01-result.png");
    }

    @Test
    void screenshots_sayWhatAScreenDoesNotShow() {
        CliRun run = CliRun.of(
                "preview",
                "--scenario",
                "already-escrowed",
                "--set",
                "branding.windowHeight=250",
                "--set",
                "texts.alreadyEscrowedMessage=" + "A long message that goes on. ".repeat(600),
                "--screenshots",
                dir.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("01-result.png does not show everything: message:");
    }

    @Test
    void unknownLanguage_isEnglishWithAWarning() {
        CliRun run = CliRun.of(
                "preview", "--scenario", "already-escrowed", "--language", "xx", "--screenshots", dir.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("preview: language en").contains("\"xx\"");
    }

    @Test
    void list_namesEveryScenarioWithItsPassword() {
        CliRun run = CliRun.of("preview", "--list");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("wrong-password-first — ", "password: bootstrap", "nobody-logged-in — ");
    }

    @Test
    void unknownScenario_listsTheKnownOnes() {
        CliRun run = CliRun.of("preview", "--scenario", "happy", "--screenshots", dir.toString());

        assertThat(run.exitCode()).isEqualTo(64);
        assertThat(run.err())
                .startsWith("escrow-bootstrap preview: no scenario called 'happy'")
                .contains("pending — ");
    }

    @Test
    void screenshotsIntoAFile_isAClearError() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");

        CliRun run = CliRun.of("preview", "--screenshots", file.toString());

        assertThat(run.exitCode()).isEqualTo(73);
        assertThat(run.err()).startsWith("escrow-bootstrap preview: cannot create " + file);
    }

    @Test
    void scratchFolder_isNewAndForTheUserOnly() throws IOException {
        Path first = PreviewMode.scratchFolder(dir, System::nanoTime);
        Path second = PreviewMode.scratchFolder(dir, System::nanoTime);

        assertThat(first).isDirectory().hasParentRaw(dir).isNotEqualTo(second);
        assertThat(second).isDirectory();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(first)))
                .isEqualTo("rwx------");
    }

    @Test
    void scratchFolder_whoseNameIsTaken_evenByALink_isAnotherOne() throws IOException {
        Path taken = PreviewMode.scratchFolder(dir, () -> 1);
        Path elsewhere = dir.resolve("elsewhere");
        Path link = Files.createSymbolicLink(
                dir.resolve(taken.getFileName().toString().replaceAll("1$", "2")), elsewhere);
        long[] ticks = {1, 2, 3};
        int[] next = {0};

        Path fresh = PreviewMode.scratchFolder(dir, () -> ticks[next[0]++]);

        assertThat(fresh).isDirectory().isNotEqualTo(taken).isNotEqualTo(link);
        assertThat(fresh.getFileName().toString()).endsWith("-3");
        assertThat(elsewhere).doesNotExist();
    }

    @Test
    void aPreviewStoppedWhileItsWindowWaits_leavesNoScratchFolderBehind() throws Exception {
        Duration window = Duration.ofSeconds(60);
        try (ProgramProcess preview =
                ProgramProcess.start(List.of("-Djava.io.tmpdir=" + dir), "preview", "--scenario", "not-escrowed")) {
            preview.awaitLine("password: asking", window);
            assertThat(files()).anyMatch(name -> name.startsWith("escrow-preview-"));

            preview.terminate();
            preview.awaitExit(window);

            assertThat(files()).noneMatch(name -> name.startsWith("escrow-preview-"));
        }
    }
}
