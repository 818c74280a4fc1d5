package org.escrowbootstrap.system;

import org.escrowbootstrap.model.Secret;

/**
 * How long an answer a tool's prompt can take: a terminal in line mode passes on at most {@code MAX_CANON} bytes a
 * line (1,024 on macOS, the Return included) and silently drops the rest, so a longer password would be cut and
 * fail as a wrong one.
 */
public final class TerminalLine {

    /** The most bytes of an answer, before its Return, that every terminal we run on passes on whole. */
    public static final int MAX_BYTES = 1023;

    private TerminalLine() {}

    /** Whether {@code secret}, as UTF-8, fits on one terminal line; counted without ever encoding it. */
    public static boolean fits(Secret secret) {
        return utf8Length(secret.view()) <= MAX_BYTES;
    }

    static long utf8Length(CharSequence text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
