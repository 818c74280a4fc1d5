package org.escrowbootstrap.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.dd.plist.NSDictionary;
import com.dd.plist.PropertyListParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.escrowbootstrap.system.FakeSysroot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
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

    @Test
    void postinstall_doesNotLinkIntoAUsrLocalBinThatAUserOwns() throws Exception {
        Path bin = Files.createDirectories(volume.resolve("usr/local/bin"));
        Files.setAttribute(bin, "unix:uid", 501); // Homebrew on an Intel Mac

        ScriptRun run = installerScript("postinstall");

        assertThat(run.exitCode()).as(run.stdout() + run.stderr()).isZero();
        assertThat(bin.resolve("escrow-bootstrap")).doesNotExist();
        assertThat(run.stdout()).contains("not linking").contains("can be changed by other users");
    }

    @Test
    void postinstall_doesNotLinkIntoAGroupWritableUsrLocalBin() throws Exception {
        Path bin = Files.createDirectories(volume.resolve("usr/local/bin"));
        Files.setPosixFilePermissions(bin, PosixFilePermissions.fromString("rwxrwxr-x"));

        installerScript("postinstall");

        assertThat(bin.resolve("escrow-bootstrap")).doesNotExist();
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void postinstall_onTheRunningSystem_takesBackAdminRightsAnInterruptedEscrowLeft() throws Exception {
        try (FakeSysroot mac = FakeSysroot.create()) {
            StandInApp.ourClasses(mac);
            mac.user("bob").admin(true);
            Path run = Files.createDirectories(mac.root().resolve(FOLDER + "/run"));
            Files.writeString(run.resolve("elevated-user"), "bob\n");

            ScriptRun result = ScriptRun.of(
                    List.of(
                            Path.of("packaging/macos/scripts/postinstall")
                                    .toAbsolutePath()
                                    .toString(),
                            "/tmp/EscrowBootstrap.pkg",
                            "/",
                            mac.root().toString()),
                    Map.of(StandInApp.SYSROOT_VARIABLE, mac.root().toString()),
                    Duration.ofSeconds(90));

            assertThat(result.exitCode()).as(result.stdout() + result.stderr()).isZero();
            assertThat(result.stdout()).contains("removed bob from the admin group");
            assertThat(mac.isAdmin("bob")).isFalse();
            assertThat(run.resolve("elevated-user")).doesNotExist();
        }
    }

    @Test
    void theBootDaemon_runsUndoElevationOnce_atLoad() throws Exception {
        NSDictionary daemon = (NSDictionary) PropertyListParser.parse(
                Path.of("packaging/macos/LaunchDaemons/org.escrowbootstrap.undo-elevation.plist")
                        .toFile());

        assertThat(daemon.objectForKey("Label").toJavaObject()).isEqualTo("org.escrowbootstrap.undo-elevation");
        assertThat((Object[]) daemon.objectForKey("ProgramArguments").toJavaObject())
                .containsExactly("/" + LAUNCHER, "undo-elevation");
        assertThat(daemon.objectForKey("RunAtLoad").toJavaObject()).isEqualTo(true);
        assertThat(daemon.objectForKey("KeepAlive").toJavaObject()).isEqualTo(false);
        assertThat(Files.readString(Path.of("packaging/macos/build-pkg.sh")))
                .contains("LaunchDaemons/org.escrowbootstrap.undo-elevation.plist")
                .contains("chmod 644");
        assertThat(Files.readString(Path.of("packaging/macos/uninstall.sh"))).contains("bootout system \"$daemon\"");
    }
}
