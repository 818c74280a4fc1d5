package org.escrowbootstrap.config;

/**
 * Something wrong with the escrow config: where (file and line, or parameter), which key, and what happens now.
 *
 * <p>No problem stops the escrow: a bad value falls back to the value below it, a broken file is skipped.
 *
 * @param severity WARNING for one value, ERROR for a whole source that could not be used
 * @param location e.g. {@code /Library/…/escrow-config.json line 12} or {@code Jamf parameter $8}
 * @param key the dotted key concerned, or null when the problem is not about one key
 * @param message what is wrong and what is used instead, one line
 */
public record EscrowConfigProblem(Severity severity, String location, String key, String message) {

    /** How bad. */
    public enum Severity {
        WARNING,
        ERROR
    }

    public EscrowConfigProblem {
        if (severity == null || location == null || message == null) {
            throw new IllegalArgumentException("severity, location and message are required");
        }
    }

    static EscrowConfigProblem warning(String location, String key, String message) {
        return new EscrowConfigProblem(Severity.WARNING, location, key, message);
    }

    static EscrowConfigProblem error(String location, String key, String message) {
        return new EscrowConfigProblem(Severity.ERROR, location, key, message);
    }

    /** One line: {@code /etc/x.json line 4: "branding.bannr": unknown key …}. */
    @Override
    public String toString() {
        return location + ": " + (key == null ? "" : "\"" + key + "\": ") + message;
    }
}
