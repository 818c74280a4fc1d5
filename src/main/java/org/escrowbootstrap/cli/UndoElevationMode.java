package org.escrowbootstrap.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.escrowbootstrap.config.EscrowConfig;
import org.escrowbootstrap.config.EscrowConfigLoader;
import org.escrowbootstrap.system.RealMac;
import org.escrowbootstrap.workflow.EscrowLog;
import org.escrowbootstrap.workflow.Host;
import org.escrowbootstrap.workflow.LeftoverElevation;

/**
 * {@code undo-elevation}: takes back admin rights an escrow was stopped before it could take back, and nothing else.
 *
 * <p>The package's LaunchDaemon runs it at every boot (after a power loss mid-escrow) and its postinstall after
 * every install; {@code status --ea} does the same on every inventory update.
 */
final class UndoElevationMode {

    static final String NAME = "undo-elevation";

    static final String HELP = String.join(
            "\n",
            "usage: escrow-bootstrap undo-elevation [--config FILE] [--sysroot DIR]",
            "",
            "Removes a standard user from the admin group if an escrow made them an admin for the escrow and was",
            "stopped (kill -9, power loss) before it could remove them again. Run as root; does nothing else.",
            "The package runs it at boot (LaunchDaemon org.escrowbootstrap.undo-elevation) and after installing.",
            "",
            "Exit status: 0 nothing left or undone (or an escrow is running), 1 could not undo, 64 usage.");

    private UndoElevationMode() {}

    static int run(String[] argv, PrintStream out, PrintStream err) {
        Args args;
        try {
            args = Args.parse(NAME, argv, Set.of("--config", "--sysroot"), Set.of("--help"));
        } catch (Args.UsageException e) {
            err.println("escrow-bootstrap " + e.getMessage());
            return Cli.USAGE_ERROR;
        }
        if (args.has("--help")) {
            out.println(HELP);
            return 0;
        }
        Optional<Path> sysroot = EscrowSources.sysroot(args);
        Host host = Host.detect(sysroot);
        if (!host.root()) {
            err.println("escrow-bootstrap undo-elevation: run as root");
            return 1;
        }
        EscrowConfig config = EscrowConfigLoader.load(EscrowSources.from(args)).config();
        if (!LeftoverElevation.present(config, host)) {
            return 0; // at every boot, the usual case: nothing to log
        }
        LeftoverElevation.Outcome outcome = undo(config, host, out);
        return outcome == LeftoverElevation.Outcome.FAILED || outcome == LeftoverElevation.Outcome.UNUSABLE ? 1 : 0;
    }

    /** Undoes a leftover elevation, logging to {@code console} and the escrow's log file. */
    static LeftoverElevation.Outcome undo(EscrowConfig config, Host host, PrintStream console) {
        try (EscrowLog log = EscrowLog.forConfig(config, host, console, Clock.systemDefaultZone())) {
            RealMac mac = new RealMac(
                    host.sysroot().orElse(Path.of("/")),
                    EscrowMode.timeouts(config),
                    line -> log.info("tool: " + line));
            return LeftoverElevation.undo(config, host, mac, log);
        }
    }
}
