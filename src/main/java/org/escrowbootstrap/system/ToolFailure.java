package org.escrowbootstrap.system;

/**
 * Why a macOS tool gave no usable answer, naming the tool, so a log line or a failure screen can say what happened.
 *
 * @param tool the tool's absolute macOS path, e.g. {@code /usr/bin/profiles}
 * @param kind what went wrong
 * @param detail the tool's own text or a short explanation; never contains a secret
 */
public record ToolFailure(String tool, Kind kind, String detail) {

    /** The ways a tool can fail us. */
    public enum Kind {
        MISSING("is missing"),
        NOT_EXECUTABLE("is not executable"),
        /** Someone besides root could change it or the folders above it, so root must not run it. */
        UNTRUSTED("is not safe to run as root"),
        TIMED_OUT("did not finish in time"),
        EXIT_STATUS("failed"),
        NO_OUTPUT("printed nothing"),
        UNRECOGNISED_OUTPUT("printed something we do not understand"),
        NO_PROMPT("never asked for its input"),
        IO_ERROR("could not be run");

        private final String phrase;

        Kind(String phrase) {
            this.phrase = phrase;
        }

        public String phrase() {
            return phrase;
        }
    }

    public ToolFailure {
        if (tool == null || kind == null) {
            throw new IllegalArgumentException("tool and kind must not be null");
        }
        detail = detail == null ? "" : detail.strip();
    }

    /** One line for logs and failure screens, e.g. {@code /usr/bin/profiles did not finish in time (after 30 s)}. */
    public String describe() {
        return detail.isEmpty() ? tool + " " + kind.phrase() : tool + " " + kind.phrase() + ": " + detail;
    }

    @Override
    public String toString() {
        return describe();
    }
}
