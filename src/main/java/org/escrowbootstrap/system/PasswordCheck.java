package org.escrowbootstrap.system;

/**
 * The directory service's verdict on a password ({@code dscl /Search -authonly}).
 *
 * @param verdict correct, incorrect, or the account cannot log in at all
 * @param toolText what dscl printed, for the log; never the password
 */
public record PasswordCheck(Verdict verdict, String toolText) {

    /** The verdicts. */
    public enum Verdict {
        CORRECT,
        INCORRECT,
        ACCOUNT_DISABLED
    }

    public PasswordCheck {
        if (verdict == null) {
            throw new IllegalArgumentException("verdict must not be null");
        }
        toolText = toolText == null ? "" : toolText.strip();
    }

    public boolean isCorrect() {
        return verdict == Verdict.CORRECT;
    }
}
