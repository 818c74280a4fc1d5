package org.escrowbootstrap.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.escrowbootstrap.system.FakeSysroot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * packaging/macos/uninstall.sh as a Jamf Pro policy runs it ({@code $1} the volume, {@code $2} the computer,
 * {@code $3} the user, the options in {@code $4}), against a fake Mac with the app installed, and by hand.
 */
class UninstallScriptTest {

    private static final String FOLDER = "Library/Application Support/EscrowBootstrap";
    private static final String DAEMON = "Library/LaunchDaemons/org.escrowbootstrap.undo-elevation.plist";

    private final FakeSysroot mac = FakeSysroot.create();
    private Path link;
    private Path config;
    private Path marker;

    @BeforeEach
    void installed() throws Exception {
        StandInApp.ourClasses(mac);
        link = mac.root().resolve("usr/local/bin/escrow-bootstrap");
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, Path.of("/" + StandInApp.LAUNCHER));
        Files.createDirectories(mac.root().resolve(DAEMON).getParent());
        Files.copy(
                Path.of("packaging/macos/LaunchDaemons/org.escrowbootstrap.undo-elevation.plist"),
                mac.root().resolve(DAEMON));
        config = Files.writeString(mac.root().resolve(FOLDER + "/escrow-config.json"), "{}");
        marker = mac.root().resolve(FOLDER + "/run/elevated-user");
        Files.createDirectories(marker.getParent());
    }

    @AfterEach
    void removeTheMac() {
        mac.close();
    }

    private ScriptRun asJamf(String parameter4) {
        List<String> argv = new ArrayList<>(List.of(
                Path.of("packaging/macos/uninstall.sh").toAbsolutePath().toString(),
                mac.root().toString(),
                "Avery's MacBook Pro",
                "alice",
                parameter4));
        for (int i = 5; i <= 11; i++) {
            argv.add("");
        }
        return ScriptRun.of(argv, Map.of(), Duration.ofSeconds(90));
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void asAJamfScript_removesTheAppDaemonAndLink_keepsTheAdminsFiles_andTakesBackALeftoverAdmin() throws Exception {
        mac.user("bob").admin(true);
        Files.writeString(marker, "bob\n");

        ScriptRun run = asJamf("");

        assertThat(run.exitCode()).as(run.stdout() + run.stderr()).isZero();
        assertThat(mac.root().resolve(FOLDER + "/escrow-bootstrap.app")).doesNotExist();
        assertThat(mac.root().resolve(DAEMON)).doesNotExist();
        assertThat(Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(config).exists();
        assertThat(mac.isAdmin("bob"))
                .as("nothing would take it back once the app is gone")
                .isFalse();
        assertThat(mac.calls("/bin/launchctl")).anySatisfy(call -> assertThat(call.args())
                .containsExactly("bootout", "system", mac.root().resolve(DAEMON).toString()));
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void asAJamfScript_withAllInParameter4_removesTheWholeFolder() {
        ScriptRun run = asJamf("--all");

        assertThat(run.exitCode()).as(run.stdout() + run.stderr()).isZero();
        assertThat(mac.root().resolve(FOLDER)).doesNotExist();
    }

    @Test
    void byHand_anUnknownOption_changesNothing() {
        ScriptRun run = ScriptRun.of(
                List.of(Path.of("packaging/macos/uninstall.sh").toAbsolutePath().toString(), "--everything"),
                Map.of(),
                Duration.ofSeconds(30));

        assertThat(run.exitCode()).isEqualTo(64);
        assertThat(run.stderr()).isEqualTo("uninstall: unknown option '--everything' (the one option is --all)\n");
        assertThat(mac.root().resolve(FOLDER + "/escrow-bootstrap.app")).exists();
    }

    @Test
    void aLinkThatIsNotOurs_staysWhereItIs() throws Exception {
        Files.delete(link);
        Files.createSymbolicLink(link, Path.of("/opt/other/escrow-bootstrap"));

        asJamf("");

        assertThat(Files.isSymbolicLink(link)).isTrue();
    }
}
