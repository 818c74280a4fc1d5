package org.escrowbootstrap.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The package's preinstall and postinstall scripts, run as the macOS Installer runs them ({@code $1} package,
 * {@code $2} install location, {@code $3} target volume) against a folder standing in for a non-boot volume, the
 * one case that needs no Mac; and build-pkg.sh refusing what it cannot package.
 */
class MacPackageScriptsTest {

    private static final String FOLDER = "Library/Application Support/EscrowBootstrap";
    private static final String LAUNCHER = FOLDER + "/escrow-bootstrap.app/Contents/MacOS/escrow-bootstrap";

    @TempDir
    Path volume;

    private ScriptRun installerScript(String name) {
        return ScriptRun.of(
                List.of(
                        Path.of("packaging/macos/scripts", name)
                                .toAbsolutePath()
                                .toString(),
                        "/tmp/EscrowBootstrap.pkg",
                        "/",
                        volume.toString()),
                Map.of(),
                Duration.ofSeconds(30));
    }

    @Test
    void preinstall_removesTheEarlierApp_andKeepsTheAdminsFiles() throws Exception {
        Path oldApp = volume.resolve(FOLDER + "/escrow-bootstrap.app");
        Files.createDirectories(oldApp.resolve("Contents/app"));
        Files.writeString(oldApp.resolve("Contents/app/old-library.jar"), "old");
        Path config = Files.writeString(volume.resolve(FOLDER + "/escrow-config.json"), "{}");
        Path runFolder = Files.createDirectories(volume.resolve(FOLDER + "/run"));

        ScriptRun run = installerScript("preinstall");

        assertThat(run.exitCode()).as(run.stdout() + run.stderr()).isZero();
        assertThat(oldApp).doesNotExist();
        assertThat(config).hasContent("{}");
        assertThat(runFolder).isDirectory();
    }

    @Test
    void preinstall_withNothingInstalled_doesNothing() {
        ScriptRun run = installerScript("preinstall");

        assertThat(run.exitCode()).isZero();
        assertThat(run.stdout()).isEmpty();
    }

    @Test
    void postinstall_linksTheCommandToTheLaunchersAbsolutePath_onTheTargetVolume() throws Exception {
        ScriptRun run = installerScript("postinstall");

        assertThat(run.exitCode()).as(run.stdout() + run.stderr()).isZero();
        Path link = volume.resolve("usr/local/bin/escrow-bootstrap");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        // As seen once that volume is the running system: absolute, so the launcher finds its app through it.
        assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("/" + LAUNCHER));
    }

    @Test
    void postinstall_replacesAnEarlierLink() throws Exception {
        Path link = volume.resolve("usr/local/bin/escrow-bootstrap");
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, Path.of("/somewhere/else"));

        ScriptRun run = installerScript("postinstall");

        assertThat(run.exitCode()).isZero();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("/" + LAUNCHER));
    }

    @Test
    void buildPkg_withoutAMacOrAnApp_refusesInOneLine() {
        ScriptRun run = ScriptRun.of(
                List.of("packaging/macos/build-pkg.sh", "target/no-such-image", "0.1.0", "target/image"),
                Map.of(),
                Duration.ofSeconds(30));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr())
                .isIn(
                        "build-pkg: pkgbuild and productbuild exist only on macOS\n",
                        "build-pkg: target/no-such-image is not an app bundle\n");
    }
}
