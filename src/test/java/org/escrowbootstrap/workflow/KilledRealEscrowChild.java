package org.escrowbootstrap.workflow;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.escrowbootstrap.config.EscrowConfigLoader;
import org.escrowbootstrap.config.EscrowConfigSources;
import org.escrowbootstrap.config.JamfParameters;
import org.escrowbootstrap.system.FakeSysroot;
import org.escrowbootstrap.system.RealMac;
import org.escrowbootstrap.system.Timeouts;
import org.escrowbootstrap.testing.ScriptedPresenter;

/**
 * A child process for {@link LeftoverElevationTest}: the real workflow with the real tools of a fake Mac (argument:
 * its sysroot), escrowing for the standard user bob with elevation on, so that a hanging {@code profiles install}
 * holds it while bob is an admin, for the parent to {@code kill -9}.
 */
public final class KilledRealEscrowChild {

    private KilledRealEscrowChild() {}

    public static void main(String[] args) {
        Path sysroot = Path.of(args[0]);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        var config = EscrowConfigLoader.load(EscrowConfigSources.of(
                sysroot, null, JamfParameters.none(), List.of("behaviour.elevateStandardUsers=true")));
        try (EscrowLog log = EscrowLog.stdoutOnly(out, Clock.systemDefaultZone())) {
            EscrowWorkflow.builder()
                    .config(config)
                    .mac(new RealMac(sysroot, Timeouts.all(Duration.ofMinutes(5)), line -> log.info("tool: " + line)))
                    .presenter(ScriptedPresenter.answering(
                            ScriptedPresenter.password(FakeSysroot.BOB_PASSWORD), ScriptedPresenter.ok()))
                    .host(new Host(true, false, Optional.of(sysroot)))
                    .log(log)
                    .build()
                    .run();
        }
    }
}
