package org.escrowbootstrap.system;

import java.time.Duration;
import java.util.regex.Pattern;

/**
 * One step of a conversation on a pseudo-terminal: wait for a prompt, then type an answer and Return.
 *
 * @param prompt what the program prints when it wants the answer, searched for in its output after the previous
 *     prompt (prompts end without a newline, so the pattern must not need one)
 * @param reply what to type
 * @param timeout how long to wait for this prompt
 */
public record Exchange(Pattern prompt, Reply reply, Duration timeout) {

    public Exchange {
        if (prompt == null || reply == null) {
            throw new IllegalArgumentException("prompt and reply must not be null");
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
    }
}
