package org.escrowbootstrap;

import org.escrowbootstrap.cli.Cli;

/** The program's entry point: runs the mode named by the first argument and exits with its code. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        int code = Cli.run(args, System.out, System.err);
        // The only System.exit: every other layer returns its outcome.
        System.exit(code);
    }
}
