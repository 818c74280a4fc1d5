package org.escrowbootstrap.system;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bytes a child process printed, collected by a reader thread, that can be searched and wiped.
 *
 * <p>It may hold a secret (a tool that echoes a typed password), so it never becomes a String unredacted: searches
 * decode into a char array that is zeroed afterwards, and {@link #text} replaces every secret before decoding.
 */
final class Transcript {

    /** What a redacted secret shows as. */
    static final String REDACTED = "***";

    private static final byte[] REDACTED_BYTES = REDACTED.getBytes(StandardCharsets.US_ASCII);

    private byte[] bytes = new byte[512];
    private int size;
    private boolean ended;

    synchronized void append(byte[] chunk, int length) {
        if (size + length > bytes.length) {
            byte[] bigger = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + length));
            Arrays.fill(bytes, (byte) 0);
            bytes = bigger;
        }
        System.arraycopy(chunk, 0, bytes, size, length);
        size += length;
        notifyAll();
    }

    /** The reader reached the end of the stream. */
    synchronized void end() {
        ended = true;
        notifyAll();
    }

    synchronized boolean hasEnded() {
        return ended;
    }

    synchronized int size() {
        return size;
    }

    /** Wakes anyone in {@link #awaitChange}, e.g. when the process exits. */
    synchronized void poke() {
        notifyAll();
    }

    /** Waits until more bytes arrive, the stream ends, someone pokes, or the deadline ({@link System#nanoTime}). */
    synchronized void awaitChange(int knownSize, long deadlineNanos) throws InterruptedException {
        long left = deadlineNanos - System.nanoTime();
        if (size == knownSize && !ended && left > 0) {
            long millis = Math.max(1, left / 1_000_000);
            wait(millis);
        }
    }

    /**
     * Finds {@code pattern} in the decoded text from char index {@code from}; returns the char index after the match.
     * Indices stay valid as bytes are appended: the text before the end only ever grows.
     */
    synchronized OptionalInt find(Pattern pattern, int from) {
        char[] chars = new char[size];
        try {
            int length = decodeInto(bytes, size, chars);
            if (from > length) {
                return OptionalInt.empty();
            }
            Matcher m = pattern.matcher(CharBuffer.wrap(chars, 0, length));
            return m.find(from) ? OptionalInt.of(m.end()) : OptionalInt.empty();
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    /** The text from char index {@code from}, with every occurrence of each secret replaced by {@value #REDACTED}. */
    synchronized String text(int from, List<byte[]> secrets) {
        byte[] copy = redacted(secrets);
        char[] chars = new char[copy.length];
        try {
            int length = decodeInto(copy, copy.length, chars);
            return new String(chars, Math.min(from, length), Math.max(0, length - from));
        } finally {
            Arrays.fill(copy, (byte) 0);
            Arrays.fill(chars, '\0');
        }
    }

    synchronized String text(List<byte[]> secrets) {
        return text(0, secrets);
    }

    /** Zeroes the collected bytes. */
    synchronized void wipe() {
        Arrays.fill(bytes, (byte) 0);
        size = 0;
    }

    private byte[] redacted(List<byte[]> secrets) {
        byte[] current = Arrays.copyOf(bytes, size);
        for (byte[] secret : secrets) {
            if (secret.length == 0) {
                continue;
            }
            byte[] next = replaceAll(current, secret);
            if (next != current) {
                Arrays.fill(current, (byte) 0);
                current = next;
            }
        }
        return current;
    }

    /** Returns {@code in} itself when {@code needle} does not occur, else a new array with each occurrence replaced. */
    static byte[] replaceAll(byte[] in, byte[] needle) {
        int first = indexOf(in, needle, 0);
        if (first < 0) {
            return in;
        }
        byte[] out = new byte[in.length + REDACTED_BYTES.length * (in.length / needle.length + 1)];
        int written = 0;
        int from = 0;
        for (int at = first; at >= 0; at = indexOf(in, needle, from)) {
            System.arraycopy(in, from, out, written, at - from);
            written += at - from;
            System.arraycopy(REDACTED_BYTES, 0, out, written, REDACTED_BYTES.length);
            written += REDACTED_BYTES.length;
            from = at + needle.length;
        }
        System.arraycopy(in, from, out, written, in.length - from);
        written += in.length - from;
        byte[] exact = Arrays.copyOf(out, written);
        Arrays.fill(out, (byte) 0);
        return exact;
    }

    static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static int decodeInto(byte[] source, int length, char[] target) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        CharBuffer out = CharBuffer.wrap(target);
        decoder.decode(ByteBuffer.wrap(source, 0, length), out, true);
        decoder.flush(out);
        return out.position();
    }
}
