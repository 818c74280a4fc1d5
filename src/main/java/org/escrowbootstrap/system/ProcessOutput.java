package org.escrowbootstrap.system;

import java.time.Duration;

/**
 * What a finished program left behind: its exit status and what it printed.
 *
 * <p>On a pseudo-terminal a program's two output streams are one terminal, as in any terminal window: there
 * {@code stdout} holds the whole transcript in order (prompts included, secrets redacted) and {@code stderr} is empty.
 *
 * @param exitCode the exit status
 * @param stdout standard output (or the terminal transcript)
 * @param stderr standard error
 * @param elapsed how long the program ran
 * @param answered how many prompts were answered on the terminal: fewer than asked when the program ended first
 */
public record ProcessOutput(int exitCode, String stdout, String stderr, Duration elapsed, int answered) {

    public ProcessOutput {
        stdout = stdout == null ? "" : stdout;
        stderr = stderr == null ? "" : stderr;
        elapsed = elapsed == null ? Duration.ZERO : elapsed;
    }

    /** The output of a run without prompts. */
    public ProcessOutput(int exitCode, String stdout, String stderr, Duration elapsed) {
        this(exitCode, stdout, stderr, elapsed, 0);
    }

    /** Both streams, standard output first, for messages that could be on either. */
    public String combined() {
        if (stderr.isEmpty()) {
            return stdout;
        }
        if (stdout.isEmpty()) {
            return stderr;
        }
        return stdout.endsWith("\n") ? stdout + stderr : stdout + "\n" + stderr;
    }

    /** True when neither stream holds anything but white space. */
    public boolean isSilent() {
        return stdout.isBlank() && stderr.isBlank();
    }
}
