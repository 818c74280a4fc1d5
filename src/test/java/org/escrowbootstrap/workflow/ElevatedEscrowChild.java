package org.escrowbootstrap.workflow;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.escrowbootstrap.config.EscrowConfigLoader;
import org.escrowbootstrap.config.EscrowConfigSources;
import org.escrowbootstrap.config.JamfParameters;
import org.escrowbootstrap.model.Secret;
import org.escrowbootstrap.system.EscrowAttempt;
import org.escrowbootstrap.system.InstallWindow;
import org.escrowbootstrap.system.Result;
import org.escrowbootstrap.system.sim.Scenario;
import org.escrowbootstrap.system.sim.SimulatedMac;
import org.escrowbootstrap.testing.ScriptedPresenter;

/**
 * A child process for {@link ElevationTest}: runs the escrow for a standard user with elevation on, and hangs
 * inside the escrow (after the user was made admin) until the parent kills it.
 */
public final class ElevatedEscrowChild {

    static final String HANGING = "CHILD: hanging inside the escrow";

    private ElevatedEscrowChild() {}

    public static void main(String[] args) {
        Path sysroot = Path.of(args[0]);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        SimulatedMac sim = SimulatedMac.of(Scenario.STANDARD_USER);
        DelegatingMac hanging = new DelegatingMac(sim) {
            @Override
            public Result<EscrowAttempt> escrow(String shortName, Secret password, InstallWindow window) {
                out.println(HANGING + " (admin: " + sim.isAdmin() + ")");
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return super.escrow(shortName, password, window);
            }
        };
        var config = EscrowConfigLoader.load(EscrowConfigSources.of(
                sysroot, null, JamfParameters.none(), List.of("behaviour.elevateStandardUsers=true")));
        try (EscrowLog log = EscrowLog.stdoutOnly(out, Clock.systemDefaultZone())) {
            EscrowWorkflow.builder()
                    .config(config)
                    .mac(hanging)
                    .presenter(ScriptedPresenter.answering(
                            ScriptedPresenter.password(SimulatedMac.DEMO_PASSWORD), ScriptedPresenter.ok()))
                    .host(new Host(true, false, Optional.of(sysroot)))
                    .log(log)
                    .shutdownHooks(ShutdownHooks.jvm())
                    .build()
                    .run();
        }
    }
}
