package org.escrowbootstrap.workflow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.escrowbootstrap.config.EscrowConfigLoader;
import org.escrowbootstrap.config.EscrowConfigSources;
import org.escrowbootstrap.config.JamfParameters;
import org.escrowbootstrap.config.LoadedEscrowConfig;
import org.escrowbootstrap.system.MacSystem;
import org.escrowbootstrap.system.sim.Scenario;
import org.escrowbootstrap.system.sim.SimulatedMac;
import org.escrowbootstrap.testing.ManualClock;
import org.escrowbootstrap.testing.ScriptedPresenter;

/** Runs the workflow on a simulated Mac under a temporary sysroot, with scripted answers and a manual clock. */
final class WorkflowHarness {

    final Path sysroot;
    final ManualClock clock;
    final FakeShutdownHooks hooks = new FakeShutdownHooks();
    final List<String> overrides = new ArrayList<>();
    final SimulatedMac.Builder simBuilder;
    ScriptedPresenter presenter = ScriptedPresenter.answering();
    Host host;
    Optional<String> jamfUser = Optional.empty();
    UnaryOperator<MacSystem> wrapMac = UnaryOperator.identity();
    PresenterFactory factory;
    int factoryCalls;

    WorkflowHarness(Path sysroot, Scenario scenario) {
        this(sysroot, scenario, "2026-11-28T09:41:00");
    }

    WorkflowHarness(Path sysroot, Scenario scenario, String localTime) {
        this.sysroot = sysroot;
        this.clock = ManualClock.at(localTime);
        this.host = new Host(true, false, Optional.of(sysroot));
        this.simBuilder = SimulatedMac.builder(scenario).clock(clock).sleeper(clock::advance);
    }

    WorkflowHarness set(String keyValue) {
        overrides.add(keyValue);
        return this;
    }

    WorkflowHarness answers(ScriptedPresenter.Answer... answers) {
        presenter.then(answers);
        return this;
    }

    Path runDirectory() {
        return host.resolve("/Library/Application Support/EscrowBootstrap/run");
    }

    Path logFile() {
        return host.resolve("/var/log/escrow-bootstrap.log");
    }

    /** What one run produced. */
    record Run(
            WorkflowOutcome outcome,
            int exitCode,
            ScriptedPresenter presenter,
            SimulatedMac sim,
            List<String> log,
            String stdout,
            String logFile,
            int presenterOpened) {

        String logText() {
            return String.join("\n", log);
        }
    }

    Run run() {
        return run(simBuilder.build());
    }

    Run run(SimulatedMac sim) {
        LoadedEscrowConfig config =
                EscrowConfigLoader.load(EscrowConfigSources.of(sysroot, null, JamfParameters.none(), overrides));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
        PresenterFactory presenters = factory != null
                ? factory
                : user -> {
                    factoryCalls++;
                    return presenter;
                };
        WorkflowOutcome outcome;
        int exitCode;
        List<String> lines;
        try (EscrowLog log = EscrowLog.open(stdout, logFile(), clock)) {
            EscrowWorkflow workflow = EscrowWorkflow.builder()
                    .config(config)
                    .mac(wrapMac.apply(sim))
                    .presenters(presenters)
                    .clock(clock)
                    .host(host)
                    .log(log)
                    .jamfUser(jamfUser)
                    .sleeper(d -> clock.advance(Duration.ofMillis(d.toMillis())))
                    .shutdownHooks(hooks)
                    .build();
            outcome = workflow.run();
            exitCode = workflow.exitCode(outcome);
            lines = log.lines();
        }
        String file;
        try {
            file = Files.isRegularFile(logFile()) ? Files.readString(logFile()) : "";
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return new Run(
                outcome, exitCode, presenter, sim, lines, out.toString(StandardCharsets.UTF_8), file, factoryCalls);
    }
}
