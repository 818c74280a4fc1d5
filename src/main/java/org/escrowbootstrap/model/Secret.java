package org.escrowbootstrap.model;

import java.nio.CharBuffer;
import java.util.Arrays;

/**
 * A password held as characters that can be wiped, never as a {@link String}.
 *
 * <p>Strings are immutable and linger in the heap until collected; a {@code char[]} can be zeroed the moment it is
 * no longer needed. {@link #toString()} never reveals the content, so a secret that slips into a log line or an
 * exception message shows as {@code Secret[***]}.
 */
public final class Secret implements AutoCloseable {
    private final char[] chars;
    private boolean wiped;

    private Secret(char[] chars) {
        this.chars = chars;
    }

    /** Takes ownership of {@code chars} (as returned by {@code JPasswordField.getPassword()}): do not reuse them. */
    public static Secret adopt(char[] chars) {
        return new Secret(chars == null ? new char[0] : chars);
    }

    /** Copies {@code text}; for tests and the simulated Mac, where the value is already a literal. */
    public static Secret of(CharSequence text) {
        char[] copy = new char[text.length()];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = text.charAt(i);
        }
        return new Secret(copy);
    }

    /** A read-only view of the characters, for regex checks and writing to a terminal; valid until wiped. */
    public synchronized CharSequence view() {
        ensureLive();
        return CharBuffer.wrap(chars).asReadOnlyBuffer();
    }

    /** A fresh copy of the characters; the caller wipes it. */
    public synchronized char[] copy() {
        ensureLive();
        return chars.clone();
    }

    public synchronized boolean isEmpty() {
        ensureLive();
        return chars.length == 0;
    }

    public synchronized int length() {
        ensureLive();
        return chars.length;
    }

    /**
     * Compares in constant time for equal lengths, so a timing side channel tells nothing about the content.
     *
     * <p>The other secret is copied before this one is locked: holding both locks at once would deadlock when two
     * threads compare the same pair in opposite directions.
     */
    public boolean contentEquals(Secret other) {
        char[] theirs = other.copy();
        try {
            return contentEquals(theirs);
        } finally {
            Arrays.fill(theirs, '\0');
        }
    }

    private synchronized boolean contentEquals(char[] theirs) {
        ensureLive();
        if (theirs.length != chars.length) {
            return false;
        }
        int diff = 0;
        for (int i = 0; i < chars.length; i++) {
            diff |= chars[i] ^ theirs[i];
        }
        return diff == 0;
    }

    public synchronized boolean isWiped() {
        return wiped;
    }

    /** Zeroes the characters; later reads fail loudly rather than return zeros as if they were the password. */
    public synchronized void wipe() {
        Arrays.fill(chars, '\0');
        wiped = true;
    }

    @Override
    public void close() {
        wipe();
    }

    private void ensureLive() {
        if (wiped) {
            throw new IllegalStateException("secret was already wiped");
        }
    }

    @Override
    public String toString() {
        return "Secret[***]";
    }
}
