package org.escrowbootstrap;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.escrowbootstrap.cli.Cli;

/** The program's entry point: runs the mode named by the first argument and exits with its code. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        // UTF-8 whatever the locale: under a POSIX locale Java would print a password's "ü" or emoji as "?".
        FileOutputStream stdout = new FileOutputStream(FileDescriptor.out);
        PrintStream out = new PrintStream(stdout, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = Cli.run(args, System.in, stdout, out, err);
        out.flush();
        err.flush();
        // The only System.exit: every other layer returns its outcome. It also ends a lingering Swing thread.
        System.exit(code);
    }
}
