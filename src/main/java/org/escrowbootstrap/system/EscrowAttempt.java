package org.escrowbootstrap.system;

/**
 * How one {@code profiles install -type bootstraptoken} went, judged by re-reading the status afterwards.
 *
 * @param outcome what happened
 * @param toolText what profiles printed (both streams), for the log and the failure screen; never the password
 */
public record EscrowAttempt(Outcome outcome, String toolText) {

    /** The outcomes. */
    public enum Outcome {
        /** The status now reads escrowed. */
        ESCROWED,
        /** The tool reported success but the status still reads not escrowed: it can lag, poll it. */
        PENDING,
        /** "Unable to authenticate user information": wrong password, or not a secure-token admin. */
        AUTHENTICATION_FAILED,
        /** The server does not support escrow. */
        NOT_SUPPORTED,
        /** Any other failure; {@code toolText} says what. */
        FAILED
    }

    public EscrowAttempt {
        if (outcome == null) {
            throw new IllegalArgumentException("outcome must not be null");
        }
        toolText = toolText == null ? "" : toolText.strip();
    }
}
