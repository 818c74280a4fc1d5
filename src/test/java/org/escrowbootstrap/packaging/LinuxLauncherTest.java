package org.escrowbootstrap.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.escrowbootstrap.Main;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * packaging/linux/launcher, the Linux image's launcher, in an app image laid out as build-image.sh leaves it: it
 * must start the image's java with exactly what jpackage's launcher would have passed, from the same .cfg.
 */
class LinuxLauncherTest {

    private static final Path SCRIPT = Path.of("packaging/linux/launcher");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    Path temp;

    private Path image;
    private Path launcher;
    private Path appDir;
    private Path argv;

    @BeforeEach
    void layOutAnImage() throws IOException {
        image = Files.createDirectories(temp.resolve("opt/escrow bootstrap"));
        launcher = image.resolve("bin/escrow-bootstrap");
        appDir = image.resolve("lib/app");
        argv = temp.resolve("argv");
        Files.createDirectories(launcher.getParent());
        Files.copy(SCRIPT, launcher);
        executable(launcher);
        Files.createDirectories(appDir);
        // A java that records its arguments, NUL-terminated, as the recording stand-in launcher does.
        writeExecutable(
                image.resolve("lib/runtime/bin/java"),
                "#!/bin/sh\nfor arg in \"$@\"; do printf '%s\\000' \"$arg\"; done >'" + argv + "'\n");
    }

    @Test
    void startsTheImagesJava_withTheCfgsOptionsClassPathAndMainClass_thenTheUsersArgumentsUntouched()
            throws IOException {
        writeConfig(
                "[Application]",
                "app.classpath=$APPDIR/escrow-bootstrap.jar",
                "app.mainclass=org.escrowbootstrap.Main",
                "",
                "[JavaOptions]",
                "java-options=-Djpackage.app-version=0.1.0",
                "java-options=-XX:+UseSerialGC",
                "java-options=-Dsome.folder=$APPDIR/data",
                "java-options=-Dboth=$ROOTDIR:$BINDIR:$APPDIR",
                "java-options=-Dwith.space=two words",
                "java-options=-Dliteral=$HOME$5$APPDIRS$",
                "java-options=-XX:AOTCache=$APPDIR/escrow-bootstrap.aot");
        List<String> userArguments =
                List.of("dialog", "--message", "It's *one* \"argument\"\nover two lines", "", "$APPDIR", "*", "-cp");

        ScriptRun run = run(launcher, userArguments);

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        String app = appDir.toString();
        List<String> expected = new ArrayList<>(List.of(
                "-Djpackage.app-version=0.1.0",
                "-XX:+UseSerialGC",
                "-Dsome.folder=" + app + "/data",
                "-Dboth=" + image + ":" + image.resolve("bin") + ":" + app,
                "-Dwith.space=two words",
                "-Dliteral=$HOME$5" + app + "S$",
                "-XX:AOTCache=" + app + "/escrow-bootstrap.aot",
                "-Djpackage.app-path=" + launcher,
                "-cp",
                app + "/escrow-bootstrap.jar",
                "org.escrowbootstrap.Main"));
        expected.addAll(userArguments);
        assertThat(StandInApp.recorded(argv)).containsExactlyElementsOf(expected);
    }

    @Test
    void calledThroughASymbolicLinkOnThePath_findsItsImage_andGivesItsRealPathAsTheAppPath() throws IOException {
        writeConfig("app.classpath=$APPDIR/escrow-bootstrap.jar", "app.mainclass=org.escrowbootstrap.Main");
        Path link = Files.createDirectories(temp.resolve("usr/local/bin")).resolve("escrow-bootstrap");
        Files.createSymbolicLink(link, launcher);

        ScriptRun run = run(link, List.of("--version"));

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(StandInApp.recorded(argv))
                .containsExactly(
                        "-Djpackage.app-path=" + launcher,
                        "-cp",
                        appDir + "/escrow-bootstrap.jar",
                        "org.escrowbootstrap.Main",
                        "--version");
    }

    @Test
    void withoutItsCfg_saysWhichFileIsMissing_andStartsNoJava() throws IOException {
        ScriptRun run = run(launcher, List.of("--version"));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr())
                .isEqualTo("escrow-bootstrap: cannot read " + appDir.resolve("escrow-bootstrap.cfg")
                        + ": the app image is incomplete\n");
        assertThat(argv).doesNotExist();
    }

    @Test
    void withoutARuntime_saysSo_insteadOfAShellError() throws IOException {
        writeConfig("app.classpath=$APPDIR/escrow-bootstrap.jar", "app.mainclass=org.escrowbootstrap.Main");
        Files.delete(image.resolve("lib/runtime/bin/java"));

        ScriptRun run = run(launcher, List.of("--version"));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr())
                .isEqualTo("escrow-bootstrap: no Java runtime at " + image.resolve("lib/runtime/bin/java")
                        + ": the app image is incomplete\n");
    }

    @Test
    void onARealJava_runsOurMainClass() throws IOException {
        // The image's runtime replaced by a link to the test's JDK: java finds its home through /proc/self/exe.
        Path java = image.resolve("lib/runtime/bin/java");
        Files.delete(java);
        Files.createSymbolicLink(java, Path.of(System.getProperty("java.home"), "bin", "java"));
        writeConfig(
                "app.classpath=" + System.getProperty("java.class.path"),
                "app.mainclass=" + Main.class.getName(),
                "java-options=-XX:TieredStopAtLevel=1");

        ScriptRun run = run(launcher, List.of("--version"));

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).startsWith("escrow-bootstrap ");
    }

    private void writeConfig(String... lines) throws IOException {
        Files.write(appDir.resolve("escrow-bootstrap.cfg"), List.of(lines), StandardCharsets.UTF_8);
    }

    private static ScriptRun run(Path command, List<String> arguments) {
        List<String> all = new ArrayList<>(List.of(command.toString()));
        all.addAll(arguments);
        return ScriptRun.of(all, Map.of(), TIMEOUT);
    }

    private static void writeExecutable(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        executable(file);
    }

    private static void executable(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
