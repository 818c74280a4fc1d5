package org.escrowbootstrap.system;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.escrowbootstrap.model.Secret;

/** Turns a {@link Secret}'s characters into the UTF-8 bytes a terminal receives, without ever making a String. */
final class SecretBytes {

    private SecretBytes() {}

    /**
     * The secret's UTF-8 bytes; the caller zeroes them when done.
     *
     * @throws CharacterCodingException when the secret holds a lone surrogate, which has no UTF-8 form
     */
    static byte[] encode(Secret secret) throws CharacterCodingException {
        CharSequence view = secret.view();
        CharsetEncoder encoder = StandardCharsets.UTF_8
                .newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        // Sized for the worst case up front, so the encoder never copies the secret into a buffer we cannot wipe.
        byte[] buffer = new byte[view.length() * 4 + 4];
        try {
            ByteBuffer out = ByteBuffer.wrap(buffer);
            CoderResult result = encoder.encode(CharBuffer.wrap(view), out, true);
            if (result.isError()) {
                result.throwException();
            }
            encoder.flush(out);
            return Arrays.copyOf(buffer, out.position());
        } finally {
            Arrays.fill(buffer, (byte) 0);
        }
    }

    /** True when {@code c} is a character a terminal in line mode would act on rather than pass on (Ctrl-C, Return…). */
    static boolean isControl(char c) {
        return c < 0x20 || c == 0x7f;
    }

    static boolean hasControl(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
