package org.escrowbootstrap.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Arrays;
import org.escrowbootstrap.config.dialog.DialogHelp;

/** Chooses the mode from the first argument and runs it; returns the process exit code. */
public final class Cli {

    static final String USAGE = String.join(
            "\n",
            "usage: escrow-bootstrap <mode> [options]",
            "",
            "modes:",
            "  dialog [swiftDialog options]   show a dialog described by swiftDialog options or JSON",
            "  escrow [options] [$1 … $11]    escrow the Bootstrap Token (a Jamf policy runs it as root)",
            "  preview [--scenario NAME]      the escrow on a simulated Mac, on any OS, to see every screen",
            "  status [--ea]                  the Bootstrap Token status (--ea: as a Jamf extension attribute)",
            "  config --print | --sample      the merged escrow config and where each value came from",
            "  undo-elevation                 remove admin rights an interrupted escrow left behind (as root)",
            "",
            "'escrow-bootstrap <mode> --help' describes a mode; 'escrow-bootstrap --version' prints the version.");

    /** Exit code for a command line we cannot make sense of (BSD sysexits' EX_USAGE). */
    static final int USAGE_ERROR = 64;

    private Cli() {}

    /**
     * Runs the mode {@code args[0]}.
     *
     * @param in stdin (the UI session's requests)
     * @param stdout raw stdout (the UI session's replies)
     */
    public static int run(String[] args, InputStream in, OutputStream stdout, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            out.println(USAGE);
            return args.length == 0 ? USAGE_ERROR : 0;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            return switch (args[0]) {
                case "dialog" -> DialogMode.run(rest, out, err);
                case "escrow" -> EscrowMode.run(rest, out, err);
                case "preview" -> PreviewMode.run(rest, out, err);
                case "status" -> StatusMode.run(rest, out, err);
                case "config" -> ConfigMode.run(rest, out, err);
                case UndoElevationMode.NAME -> UndoElevationMode.run(rest, out, err);
                case UiSessionMode.NAME -> UiSessionMode.run(in, stdout, err);
                case "--version", "version" -> {
                    out.println("escrow-bootstrap " + DialogHelp.version() + " (dialog mode: swiftDialog "
                            + DialogHelp.SWIFTDIALOG_VERSION + ")");
                    yield 0;
                }
                default -> {
                    err.println("escrow-bootstrap: unknown mode '" + args[0] + "' (try --help)");
                    yield USAGE_ERROR;
                }
            };
        } catch (RuntimeException | Error e) {
            // Last line of defence: a bug must still end with one clear line, not a stack trace.
            err.println("escrow-bootstrap: internal error (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); please report it");
            return 70;
        }
    }
}
