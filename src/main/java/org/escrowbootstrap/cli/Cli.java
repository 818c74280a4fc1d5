package org.escrowbootstrap.cli;

import java.io.PrintStream;
import java.util.Arrays;

/** Chooses the mode from the first argument and runs it; returns the process exit code. */
public final class Cli {

    static final String USAGE = String.join(
            "\n",
            "usage: escrow-bootstrap <mode> [options]",
            "",
            "modes:",
            "  dialog [swiftDialog options]   show a dialog described by swiftDialog options or JSON",
            "  escrow [options] [$1 … $11]    escrow the Bootstrap Token (run by a Jamf policy, as root)",
            "  preview [--scenario NAME]      run the escrow on a simulated Mac, on any OS",
            "  status [--ea]                  print the Bootstrap Token status",
            "  config --print                 show the merged escrow config and where each value came from",
            "",
            "  --help, --version");

    private Cli() {}

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-help")) {
            out.println(USAGE);
            return 0;
        }
        String mode = args[0];
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (mode) {
            default:
                err.println("escrow-bootstrap: unknown mode '" + mode + "' (try --help)");
                return 64;
        }
    }
}
