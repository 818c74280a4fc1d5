package org.escrowbootstrap.model;

/**
 * The exit codes of the {@code dialog} mode: swiftDialog's own, so existing admin scripts branch on them unchanged.
 *
 * <p>The values come from swiftDialog 3.x ({@code AppVariables.swift}); the wiki's 20 for the timer is wrong, the
 * code uses 4.
 */
public enum ExitCode {
    BUTTON1(0, "button 1 or Return"),
    ERROR(1, "could not start (bad arguments that leave nothing to show, or no display)"),
    BUTTON2(2, "button 2 or Esc"),
    INFO_BUTTON(3, "info button without an action, or with --quitoninfo"),
    TIMER(4, "the timer ran out"),
    COMMAND_QUIT(5, "quit: received on the command file"),
    QUIT_KEY(10, "the quit key (Cmd/Ctrl + quitkey)"),
    WINDOW_CLOSED(15, "the window was closed"),
    CALLER_GONE(40, "the calling process (--pid) ended"),
    IMAGE_NOT_FOUND(201, "an image with no fallback could not be read"),
    FILE_NOT_FOUND(202, "--jsonfile unreadable or JSON malformed");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }

    /** swiftDialog prints the user's input only on exit 0, unless {@code --alwaysreturninput}. */
    public boolean printsInput() {
        return this == BUTTON1;
    }
}
