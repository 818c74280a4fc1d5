package org.escrowbootstrap.workflow;

/**
 * How an escrow run ended: the one table of the {@code escrow} mode's exit codes (documented in
 * {@code docs/exit-codes.md}).
 *
 * <p>0 means the token is stored, so a Jamf policy shows "Completed" exactly when there is nothing left to do.
 * Codes 20–29 are outcomes the user saw on screen; with {@code behaviour.selfServiceExitZero} they exit 0 instead,
 * because Self Service shows its own generic error on top of ours for any non-zero exit. Codes 30 and up are runs
 * that showed no dialog: they keep their code, so the policy log tells the admin; except a deferral, which exits 0
 * unless {@code behaviour.failWhenDeferred}: nobody at the console is no failure, and every idle Mac would log one.
 */
public enum WorkflowOutcome {
    ESCROWED(0, false, "The token was escrowed in this run."),
    ALREADY_ESCROWED(0, false, "The token was already escrowed; nothing was asked."),
    CANCELLED(20, true, "The user cancelled, closed the window, pressed the quit key or let it time out."),
    ATTEMPTS_EXHAUSTED(21, true, "Every password attempt was wrong (behaviour.maxAttempts)."),
    NOT_ELIGIBLE(
            22,
            true,
            "The user cannot escrow: no secure token / not a FileVault user, a disabled account, or a standard"
                    + " user while elevation is off."),
    NOT_SUPPORTED(23, true, "The MDM server does not support Bootstrap Token escrow; no password was asked."),
    ESCROW_FAILED(
            24,
            true,
            "The escrow did not happen or was not confirmed: profiles failed, the status was unrecognised, or a"
                    + " tool failed or timed out (the log names it)."),
    DEFERRED(
            30,
            false,
            "Deferred: nobody to ask (the login window, Setup Assistant or root at the console). No dialog; exit 0"
                    + " unless behaviour.failWhenDeferred."),
    ALREADY_RUNNING(31, false, "Another escrow run holds the lock. No dialog."),
    PRECONDITION_FAILED(
            32,
            false,
            "Cannot run here: not root, not macOS (and no --sysroot), the console user unreadable, or the run"
                    + " directory unusable. No dialog."),
    DIALOG_FAILED(33, false, "The dialog could not be shown (no window server, the UI process failed)."),
    USAGE_ERROR(64, false, "The command line could not be understood (an unknown option or value). Nothing ran."),
    INTERNAL_ERROR(70, false, "A defect: an unexpected exception; the log has the details.");

    private final int code;
    private final boolean userFacing;
    private final String meaning;

    WorkflowOutcome(int code, boolean userFacing, String meaning) {
        this.code = code;
        this.userFacing = userFacing;
        this.meaning = meaning;
    }

    /** The exit code with the default policy: every outcome keeps its own code. */
    public int code() {
        return code;
    }

    /** Whether the user saw this outcome on screen (and Self Service would show an error on top of it). */
    public boolean userFacing() {
        return userFacing;
    }

    public String meaning() {
        return meaning;
    }

    /**
     * The process exit code: 0 for user-facing outcomes when {@code selfServiceExitZero} is on, and 0 for a deferral
     * unless {@code failWhenDeferred}.
     */
    public int exitCode(boolean selfServiceExitZero, boolean failWhenDeferred) {
        if (this == DEFERRED) {
            return failWhenDeferred ? code : 0;
        }
        return selfServiceExitZero && userFacing ? 0 : code;
    }

    /** Whether the token is stored at the end of the run. */
    public boolean tokenStored() {
        return this == ESCROWED || this == ALREADY_ESCROWED;
    }
}
