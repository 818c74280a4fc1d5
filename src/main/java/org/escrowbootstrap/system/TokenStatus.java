package org.escrowbootstrap.system;

/**
 * What {@code profiles status -type bootstraptoken} says about the Bootstrap Token.
 *
 * @param state the meaning
 * @param raw the tool's text, for logs and the failure screen when the state is unknown
 */
public record TokenStatus(State state, String raw) {

    /** The states; NOT_SUPPORTED is the MDM not offering escrow at all, which no password can fix. */
    public enum State {
        ESCROWED,
        NOT_ESCROWED,
        NOT_SUPPORTED,
        UNKNOWN
    }

    public TokenStatus {
        if (state == null) {
            throw new IllegalArgumentException("state must not be null");
        }
        raw = raw == null ? "" : raw;
    }

    public boolean isEscrowed() {
        return state == State.ESCROWED;
    }
}
