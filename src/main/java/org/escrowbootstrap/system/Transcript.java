package org.escrowbootstrap.system;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bytes a child process printed, collected by a reader thread, that can be searched and wiped.
 *
 * <p>It may hold a secret (a tool that echoes a typed password), so it never becomes a String unredacted: searches
 * decode into a char array that is zeroed afterwards, and {@link #text} withholds every line that holds a secret.
 */
final class Transcript {

    /** What a line that held a secret shows as. */
    static final String WITHHELD = "[line withheld: it held the password]";

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

    /**
     * The text from char index {@code from}, with every line that holds a secret replaced by {@value #WITHHELD}.
     *
     * <p>Whole lines, not the secret alone: stars where the secret stood would tell its length and, where the
     * secret happens to be a word of the tool's own text, the secret itself by what surrounds them.
     */
    synchronized String text(int from, List<byte[]> secrets) {
        char[] chars = new char[size];
        List<char[]> needles = decodeAll(secrets);
        try {
            int length = decodeInto(bytes, size, chars);
            StringBuilder out = new StringBuilder();
            int i = Math.min(from, length);
            while (i < length) {
                int end = i;
                while (end < length && !isLineBreak(chars[end])) {
                    end++;
                }
                int lineStart = i;
                while (lineStart > 0 && !isLineBreak(chars[lineStart - 1])) {
                    lineStart--; // a line cut by from is judged whole
                }
                if (holdsAny(chars, lineStart, end, needles)) {
                    out.append(WITHHELD);
                } else {
                    out.append(chars, i, end - i);
                }
                if (end < length) {
                    out.append(chars[end]);
                }
                i = end + 1;
            }
            return out.toString();
        } finally {
            Arrays.fill(chars, '\0');
            needles.forEach(n -> Arrays.fill(n, '\0'));
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

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }

    private static boolean holdsAny(char[] text, int from, int to, List<char[]> needles) {
        for (char[] needle : needles) {
            if (needle.length > 0 && indexOf(text, from, to, needle) >= 0) {
                return true;
            }
        }
        return false;
    }

    static int indexOf(char[] haystack, int from, int to, char[] needle) {
        outer:
        for (int i = from; i <= to - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** The secrets as characters, decoded the way the transcript is, so they are found where the text has them. */
    private static List<char[]> decodeAll(List<byte[]> secrets) {
        List<char[]> all = new ArrayList<>();
        for (byte[] secret : secrets) {
            char[] chars = new char[secret.length];
            int n = decodeInto(secret, secret.length, chars);
            all.add(n == chars.length ? chars : copyAndWipe(chars, n));
        }
        return all;
    }

    private static char[] copyAndWipe(char[] chars, int n) {
        char[] exact = Arrays.copyOf(chars, n);
        Arrays.fill(chars, '\0');
        return exact;
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
