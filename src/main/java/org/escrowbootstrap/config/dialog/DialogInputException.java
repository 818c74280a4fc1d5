package org.escrowbootstrap.config.dialog;

import org.escrowbootstrap.model.ExitCode;

/**
 * Input the dialog cannot be built from (an unreadable {@code --jsonfile}, malformed JSON): the program ends early.
 *
 * <p>The message is our one-line explanation for stderr; {@link #stdoutLine()} is what swiftDialog prints on stdout
 * for the same problem, which scripts may look for.
 */
final class DialogInputException extends Exception {

    private final ExitCode exitCode;
    private final String stdoutLine;

    DialogInputException(ExitCode exitCode, String stdoutLine, String message) {
        super(message, null, false, false); // an input problem, not a program fault: no stack trace to keep
        this.exitCode = exitCode;
        this.stdoutLine = stdoutLine;
    }

    ExitCode exitCode() {
        return exitCode;
    }

    String stdoutLine() {
        return stdoutLine;
    }
}
