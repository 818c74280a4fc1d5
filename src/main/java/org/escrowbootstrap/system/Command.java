package org.escrowbootstrap.system;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One program to run: the executable by absolute path, its arguments, optional standard input and a time limit.
 *
 * @param tool the name that failures and log lines use, e.g. {@code /usr/bin/profiles} (the macOS path, even when
 *     the executable lives under a test sysroot)
 * @param executable the file to run, by absolute path: {@code PATH} is never searched
 * @param args the arguments after the executable; never a secret, since any process can read another's argv
 * @param input text for standard input, or null for none; not used on a pseudo-terminal
 * @param timeout the longest the whole run may take; the process tree is killed after it
 */
public record Command(String tool, Path executable, List<String> args, String input, Duration timeout) {

    public Command {
        if (tool == null || tool.isBlank()) {
            throw new IllegalArgumentException("tool must not be blank");
        }
        if (executable == null || !executable.isAbsolute()) {
            throw new IllegalArgumentException("executable must be an absolute path: " + executable);
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        args = List.copyOf(args);
    }

    /** A command without standard input. */
    public static Command of(String tool, Path executable, Duration timeout, String... args) {
        return new Command(tool, executable, List.of(args), null, timeout);
    }

    /** The same command with {@code text} on standard input. */
    public Command withInput(String text) {
        return new Command(tool, executable, args, text, timeout);
    }

    /** The full argument vector, executable first. */
    public List<String> argv() {
        List<String> argv = new ArrayList<>(args.size() + 1);
        argv.add(executable.toString());
        argv.addAll(args);
        return argv;
    }

    /** The tool and its arguments as a log line shows them (never holds a secret: secrets go to prompts). */
    String display() {
        return args.isEmpty() ? tool : tool + " " + String.join(" ", args);
    }
}
