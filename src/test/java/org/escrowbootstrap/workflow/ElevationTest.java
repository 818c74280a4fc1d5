package org.escrowbootstrap.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.escrowbootstrap.testing.ScriptedPresenter.ok;
import static org.escrowbootstrap.testing.ScriptedPresenter.password;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.escrowbootstrap.model.Secret;
import org.escrowbootstrap.system.EscrowAttempt;
import org.escrowbootstrap.system.FakeSysroot;
import org.escrowbootstrap.system.InstallWindow;
import org.escrowbootstrap.system.RealMac;
import org.escrowbootstrap.system.Result;
import org.escrowbootstrap.system.Timeouts;
import org.escrowbootstrap.system.ToolFailure;
import org.escrowbootstrap.system.sim.Scenario;
import org.escrowbootstrap.system.sim.SimulatedMac;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Temporary admin rights are always taken back: after the escrow, on errors, on SIGTERM and after a kill -9. */
class ElevationTest {

    @TempDir
    Path root;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final EscrowLog log =
            EscrowLog.stdoutOnly(new PrintStream(out, true, StandardCharsets.UTF_8), Clock.systemUTC());
    private final FakeShutdownHooks hooks = new FakeShutdownHooks();

    private Path marker() {
        return root.resolve(Elevation.MARKER);
    }

    @Test
    void elevate_writesTheMarkerBeforeTheUserBecomesAdmin() {
        SimulatedMac sim = SimulatedMac.of(Scenario.STANDARD_USER);
        List<String> markerAtElevation = new ArrayList<>();
        DelegatingMac checking = new DelegatingMac(sim) {
            @Override
            public Result<Boolean> addToAdminGroup(String shortName) {
                try {
                    markerAtElevation.add(Files.readString(marker()));
                } catch (java.io.IOException e) {
                    markerAtElevation.add("missing");
                }
                return super.addToAdminGroup(shortName);
            }
        };
        Elevation elevation = new Elevation(checking, root, hooks, log);

        Result<Elevation.Grant> grant = elevation.elevate("avery");

        assertThat(markerAtElevation).containsExactly("avery\n");
        assertThat(sim.isAdmin()).isTrue();
        assertThat(hooks.activeCount()).isEqualTo(1);
        grant.value().close();
        assertThat(sim.isAdmin()).isFalse();
        assertThat(marker()).doesNotExist();
        assertThat(hooks.activeCount()).isZero();
    }

    @Test
    void grant_closedTwice_removesTheUserOnce() {
        SimulatedMac sim = SimulatedMac.of(Scenario.STANDARD_USER);
        Elevation.Grant grant =
                new Elevation(sim, root, hooks, log).elevate("avery").value();

        grant.close();
        grant.close();

        assertThat(sim.count("removeFromAdminGroup")).isEqualTo(1);
    }

    @Test
    void shutdownHook_duringTheEscrow_removesTheUser_andTheFinallyDoesNotRepeatIt() {
        SimulatedMac sim = SimulatedMac.of(Scenario.STANDARD_USER);
        Elevation.Grant grant =
                new Elevation(sim, root, hooks, log).elevate("avery").value();

        hooks.stopJvm();
        assertThat(sim.isAdmin()).isFalse();
        assertThat(marker()).doesNotExist();
        grant.close();

        assertThat(sim.count("removeFromAdminGroup")).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("WARN  elevation: stopped during the escrow; removing avery from the admin group");
    }

    @Test
    void demotionFails_keepsTheMarker_soTheNextRunRetries() {
        SimulatedMac sim = SimulatedMac.of(Scenario.STANDARD_USER);
        DelegatingMac failingRemoval = new DelegatingMac(sim) {
            @Override
            public Result<Boolean> removeFromAdminGroup(String shortName) {
                return Result.failed("/usr/sbin/dseditgroup", ToolFailure.Kind.EXIT_STATUS, "Record was not found.");
            }
        };
        new Elevation(failingRemoval, root, hooks, log).elevate("avery").value().close();

        assertThat(marker()).hasContent("avery\n");
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("ERROR elevation: could not remove avery from the admin group: /usr/sbin/dseditgroup failed:"
                        + " Record was not found.; the marker " + marker() + " stays so the next run retries");

        new Elevation(sim, root, hooks, log).undoLeftover();

        assertThat(sim.isAdmin()).isFalse();
        assertThat(marker()).doesNotExist();
    }

    @Test
    void undoLeftover_removesTheUserTheMarkerNames() throws Exception {
        SimulatedMac sim = SimulatedMac.of(Scenario.STANDARD_USER);
        sim.addToAdminGroup("avery"); // what the crashed run had done
        Files.writeString(marker(), "avery\n");

        new Elevation(sim, root, hooks, log).undoLeftover();

        assertThat(sim.isAdmin()).isFalse();
        assertThat(marker()).doesNotExist();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("WARN  elevation: a previous run left avery in the admin group");
    }

    @Test
    void undoLeftover_withoutMarker_doesNothing() {
        SimulatedMac sim = SimulatedMac.of(Scenario.NOT_ESCROWED);

        new Elevation(sim, root, hooks, log).undoLeftover();

        assertThat(sim.calls()).isEmpty();
    }

    @Test
    void undoLeftover_markerWithoutAUserName_isLeftAloneAndReported() throws Exception {
        SimulatedMac sim = SimulatedMac.of(Scenario.NOT_ESCROWED);
        Files.writeString(marker(), "avery; rm -rf /\n");

        new Elevation(sim, root, hooks, log).undoLeftover();

        assertThat(sim.calls()).isEmpty();
        assertThat(marker()).exists();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("does not hold a user name; left untouched");
    }

    @Test
    void elevate_markerCannotBeWritten_refusesToElevate() throws Exception {
        SimulatedMac sim = SimulatedMac.of(Scenario.STANDARD_USER);
        Path notAFolder = root.resolve("run");
        Files.writeString(notAFolder, "a file");

        Result<Elevation.Grant> grant = new Elevation(sim, notAFolder, hooks, log).elevate("avery");

        assertThat(grant.isOk()).isFalse();
        assertThat(sim.count("addToAdminGroup")).isZero();
        assertThat(((Result.Failed<Elevation.Grant>) grant).failure().describe())
                .contains("cannot write the elevation marker");
    }

    @Test
    void workflow_crashInsideTheEscrow_stillRemovesTheUser() {
        WorkflowHarness harness = new WorkflowHarness(root, Scenario.STANDARD_USER)
                .set("behaviour.elevateStandardUsers=true")
                .answers(password(SimulatedMac.DEMO_PASSWORD), ok());
        harness.wrapMac = mac -> new DelegatingMac(mac) {
            @Override
            public Result<EscrowAttempt> escrow(String shortName, Secret password, InstallWindow window) {
                throw new OutOfMemoryError("simulated crash");
            }
        };
        SimulatedMac sim = harness.simBuilder.build();

        assertThatThrownBy(() -> harness.run(sim)).isInstanceOf(OutOfMemoryError.class);

        assertThat(sim.isAdmin()).isFalse();
        assertThat(sim.count("removeFromAdminGroup")).isEqualTo(1);
        assertThat(harness.runDirectory().resolve(Elevation.MARKER)).doesNotExist();
        assertThat(harness.presenter.allSecretsWiped()).isTrue();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void workflow_killedWhileElevated_nextRunRemovesTheUser() throws Exception {
        Path runDirectory;
        try (ChildJvm child = ChildJvm.start(ElevatedEscrowChild.class, root.toString())) {
            assertThat(child.awaitLine(ElevatedEscrowChild.HANGING)).contains("admin: true");
            runDirectory = new WorkflowHarness(root, Scenario.STANDARD_USER).runDirectory();
            assertThat(runDirectory.resolve(Elevation.MARKER)).hasContent("avery\n");
            child.process().destroyForcibly(); // kill -9: no finally, no shutdown hook
            child.process().waitFor();
        }
        assertThat(runDirectory.resolve(Elevation.MARKER)).exists();

        WorkflowHarness next = new WorkflowHarness(root, Scenario.STANDARD_USER).answers(ok());
        SimulatedMac sim = next.simBuilder.build();
        sim.addToAdminGroup("avery"); // the state the killed run left behind
        WorkflowHarness.Run run = next.run(sim);

        assertThat(sim.isAdmin()).isFalse();
        assertThat(runDirectory.resolve(Elevation.MARKER)).doesNotExist();
        assertThat(sim.calls().stream().map(SimulatedMac.Call::method))
                .containsSubsequence("addToAdminGroup", "removeFromAdminGroup", "consoleUser");
        assertThat(run.logText()).contains("elevation: a previous run left avery in the admin group");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void workflow_terminatedWhileElevated_shutdownHookRemovesTheUser() throws Exception {
        List<String> output;
        try (ChildJvm child = ChildJvm.start(ElevatedEscrowChild.class, root.toString())) {
            child.awaitLine(ElevatedEscrowChild.HANGING);
            child.terminate();
            output = child.awaitExit();
        }

        assertThat(output)
                .anyMatch(l -> l.contains("elevation: stopped during the escrow; removing avery from the admin group"))
                .anyMatch(l -> l.contains("elevation: removed avery from the admin group"));
        Path runDirectory = new WorkflowHarness(root, Scenario.STANDARD_USER).runDirectory();
        assertThat(runDirectory.resolve(Elevation.MARKER)).doesNotExist();
    }

    @Test
    void elevate_whereTheMarkerIsALink_refusesToElevate_andWritesNothingThroughIt() throws Exception {
        Path target = Files.writeString(root.resolve("sudoers"), "root ALL=(ALL) ALL\n");
        Files.createSymbolicLink(marker(), target);
        SimulatedMac sim = SimulatedMac.of(Scenario.STANDARD_USER);

        Result<Elevation.Grant> grant = new Elevation(sim, root, hooks, log).elevate("avery");

        assertThat(grant.isOk()).isFalse();
        assertThat(grant.failureText()).contains("symbolic link");
        assertThat(sim.isAdmin()).isFalse();
        assertThat(target).hasContent("root ALL=(ALL) ALL");
    }

    @Test
    void undoLeftover_aMarkerAUserOwns_isNotActedOn() throws Exception {
        Files.writeString(marker(), "avery\n");
        Files.setAttribute(marker(), "unix:uid", 501);
        SimulatedMac sim = SimulatedMac.of(Scenario.STANDARD_USER);

        new Elevation(sim, root, hooks, log).undoLeftover();

        assertThat(sim.count("removeFromAdminGroup")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("cannot read the marker")
                .contains("uid 501");
    }

    @Test
    void workflow_standardUser_isAdminOnlyWhileProfilesInstallRuns_withTheRealTools() {
        try (FakeSysroot fake = FakeSysroot.create()) {
            fake.consoleUser("bob", 502);
            fake.user("bob").secureToken(true).fileVault(true);
            WorkflowHarness harness = new WorkflowHarness(root, Scenario.STANDARD_USER)
                    .set("behaviour.elevateStandardUsers=true")
                    .answers(password(FakeSysroot.BOB_PASSWORD), ok());
            harness.wrapMac = sim -> new RealMac(fake.root(), Timeouts.all(Duration.ofSeconds(10)), line -> {});

            WorkflowHarness.Run run = harness.run();

            assertThat(run.outcome()).isEqualTo(WorkflowOutcome.ESCROWED);
            List<String> order = fake.calls().stream()
                    .map(c -> c.tool() + " " + String.join(" ", c.args()))
                    .toList();
            int added = order.indexOf("/usr/sbin/dseditgroup -o edit -a bob -t user admin");
            int install = order.indexOf("/usr/bin/profiles install -type bootstraptoken");
            int removed = order.indexOf("/usr/sbin/dseditgroup -o edit -d bob -t user admin");
            assertThat(added).isNotNegative().isLessThan(install);
            assertThat(order.subList(added + 1, install))
                    .as("only the check that the grant took")
                    .allMatch(call -> call.startsWith("/usr/sbin/dseditgroup -o checkmember"));
            assertThat(removed)
                    .as("demoted right after the install, before the status is read again")
                    .isEqualTo(install + 1);
            assertThat(fake.isAdmin("bob")).isFalse();
        }
    }
}
