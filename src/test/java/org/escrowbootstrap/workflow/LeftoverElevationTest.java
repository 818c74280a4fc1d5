package org.escrowbootstrap.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.escrowbootstrap.system.FakeSysroot;
import org.escrowbootstrap.testing.ProgramProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * An escrow killed with {@code kill -9} while a standard user is an admin: the root entry points that run regularly
 * (the extension attribute, the boot-time {@code undo-elevation}) take the rights back, as real processes.
 */
class LeftoverElevationTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private final FakeSysroot mac = FakeSysroot.create();
    private Path marker;

    @BeforeEach
    void killAnEscrowWhileBobIsAdmin() throws Exception {
        mac.consoleUser("bob", 502);
        mac.user("bob").secureToken(true).fileVault(true);
        mac.mode("profiles-install", FakeSysroot.Mode.HANG);
        marker = mac.root().resolve("Library/Application Support/EscrowBootstrap/run/" + Elevation.MARKER);
        try (ChildJvm child =
                ChildJvm.start(KilledRealEscrowChild.class, mac.root().toString())) {
            child.awaitLine("(admin for this step only)");
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (mac.calls("/usr/bin/profiles").stream()
                    .noneMatch(c -> c.args().contains("install"))) {
                assertThat(System.nanoTime())
                        .as("profiles install never started")
                        .isLessThan(deadline);
                Thread.sleep(50);
            }
            child.process().destroyForcibly(); // kill -9: no finally, no shutdown hook
            assertThat(child.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(mac.isAdmin("bob")).as("the state the killed escrow left").isTrue();
        assertThat(marker).hasContent("bob");
        mac.clearMode("profiles-install");
    }

    @AfterEach
    void removeTheMac() {
        mac.close();
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void theExtensionAttributesRun_removesTheUserTheKilledEscrowLeftAdmin_andPrintsOnlyItsLine() throws Exception {
        try (ProgramProcess ea =
                ProgramProcess.start("status", "--ea", "--sysroot", mac.root().toString())) {
            assertThat(ea.awaitExit(WAIT)).isZero();

            assertThat(ea.stdout()).containsExactly("<result>Not escrowed</result>");
            assertThat(String.join("\n", ea.stderr())).contains("removing it now");
        }
        assertThat(mac.isAdmin("bob")).isFalse();
        assertThat(marker).doesNotExist();
        assertThat(Files.readString(mac.root().resolve("var/log/escrow-bootstrap.log"), StandardCharsets.UTF_8))
                .contains("elevation: a previous run left bob in the admin group")
                .contains("elevation: removed bob from the admin group");
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void undoElevation_asTheBootDaemonRunsIt_removesTheUser() throws Exception {
        try (ProgramProcess undo =
                ProgramProcess.start("undo-elevation", "--sysroot", mac.root().toString())) {
            assertThat(undo.awaitExit(WAIT)).isZero();
        }
        assertThat(mac.isAdmin("bob")).isFalse();
        assertThat(marker).doesNotExist();
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void undoElevation_leavesARunningEscrowsGrantAlone() throws Exception {
        InstanceLock.Acquired running = (InstanceLock.Acquired) InstanceLock.tryAcquire(marker.getParent());
        try {
            try (ProgramProcess undo = ProgramProcess.start(
                    "undo-elevation", "--sysroot", mac.root().toString())) {
                assertThat(undo.awaitExit(WAIT)).isZero();
                assertThat(String.join("\n", undo.stdout())).contains("an escrow is running");
            }
            assertThat(mac.isAdmin("bob")).isTrue();
            assertThat(marker).exists();
        } finally {
            running.lock().close();
        }
    }
}
