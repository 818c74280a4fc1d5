package org.escrowbootstrap.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.escrowbootstrap.config.EscrowConfig;
import org.escrowbootstrap.config.EscrowConfigLoader;
import org.escrowbootstrap.config.EscrowConfigSources;
import org.escrowbootstrap.config.JamfParameters;
import org.escrowbootstrap.system.MacSystem;
import org.escrowbootstrap.system.RealMac;
import org.escrowbootstrap.system.Result;
import org.escrowbootstrap.system.Timeouts;
import org.escrowbootstrap.system.TokenStatus;
import org.escrowbootstrap.workflow.Host;
import org.escrowbootstrap.workflow.LeftoverElevation;

/**
 * {@code status [--ea] [--sysroot DIR]}: the Bootstrap Token status, for people, scripts and Jamf inventory.
 *
 * <p>Plain: one word-phrase and the tool's text, exit 0 escrowed, 1 not escrowed, 2 not supported, 3 unknown. With
 * {@code --ea}: exactly one {@code <result>…</result>} line for a Jamf extension attribute, always exit 0 (Jamf
 * ignores an attribute's exit code, and a Smart Group needs a value, not a failure).
 */
final class StatusMode {

    static final String HELP = String.join(
            "\n",
            "usage: escrow-bootstrap status [--ea] [--sysroot DIR]",
            "",
            "Prints the Bootstrap Token status: Escrowed, Not escrowed, Not supported or Unknown.",
            "  --ea            print it as a Jamf extension attribute: <result>…</result>",
            "  --sysroot DIR   find the macOS tools under DIR instead of / (tests)",
            "",
            "Exit status without --ea: 0 escrowed, 1 not escrowed, 2 not supported, 3 unknown.");

    private StatusMode() {}

    static int run(String[] argv, PrintStream out, PrintStream err) {
        Args args;
        try {
            args = Args.parse("status", argv, Set.of("--sysroot"), Set.of("--ea", "--help"));
        } catch (Args.UsageException e) {
            err.println("escrow-bootstrap " + e.getMessage());
            return 64;
        }
        if (args.has("--help")) {
            out.println(HELP);
            return 0;
        }
        Path root = Path.of(args.value("--sysroot").orElse("/"));
        if (args.has("--ea")) {
            undoLeftoverElevation(args, err);
        }
        MacSystem mac = new RealMac(root, Timeouts.defaults(), line -> {});
        Result<TokenStatus> status = mac.bootstrapTokenStatus();
        String word = word(status);
        if (args.has("--ea")) {
            out.println("<result>" + word + "</result>");
            return 0;
        }
        out.println(word);
        if (status instanceof Result.Failed<TokenStatus> failed) {
            err.println("escrow-bootstrap status: " + failed.failure().describe());
        } else if (status.value().state() == TokenStatus.State.UNKNOWN) {
            err.println("escrow-bootstrap status: profiles said: "
                    + status.value().raw().strip());
        }
        return switch (word) {
            case "Escrowed" -> 0;
            case "Not escrowed" -> 1;
            case "Not supported" -> 2;
            default -> 3;
        };
    }

    /**
     * Jamf runs the extension attribute as root at every inventory update: the one root entry point that still runs
     * once the token is escrowed and the escrow policy never runs again. Its log goes to stderr and the log file,
     * never to stdout, which holds the attribute's one line.
     */
    private static void undoLeftoverElevation(Args args, PrintStream err) {
        Host host = Host.detect(EscrowSources.sysroot(args));
        if (!host.root()) {
            return;
        }
        EscrowConfig config = EscrowConfigLoader.load(EscrowConfigSources.of(
                        host.sysroot().orElse(Path.of("/")), null, JamfParameters.none(), List.of()))
                .config();
        if (LeftoverElevation.present(config, host)) {
            UndoElevationMode.undo(config, host, err);
        }
    }

    /** The extension attribute's fixed vocabulary, so Smart Groups can match it exactly. */
    static String word(Result<TokenStatus> status) {
        if (!status.isOk()) {
            return "Unknown";
        }
        return switch (status.value().state()) {
            case ESCROWED -> "Escrowed";
            case NOT_ESCROWED -> "Not escrowed";
            case NOT_SUPPORTED -> "Not supported";
            case UNKNOWN -> "Unknown";
        };
    }
}
