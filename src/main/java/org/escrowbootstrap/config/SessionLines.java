package org.escrowbootstrap.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads the UI child's replies one line at a time, each of bounded length, into buffers it wipes.
 *
 * <p>The child runs as the user and is not trusted: a line without end must not run the root process out of
 * memory, so a line longer than {@link #MAX_LINE_BYTES} is a {@link SessionCodec.ProtocolException}. A result line
 * carries the password (as code units), so the line is never a String and every buffer that held it is zeroed.
 */
public final class SessionLines {

    /** The longest reply line accepted: a result with every field filled is a few kilobytes. */
    public static final int MAX_LINE_BYTES = 256 * 1024;

    private final InputStream in;
    private final int maxLineBytes;
    // Reads of at least the stream's own buffer size go straight to the pipe in BufferedInputStream, which the
    // process's stream is: the bytes are then copied only into arrays we wipe.
    private final byte[] chunk = new byte[64 * 1024];
    private int chunkStart;
    private int chunkEnd;
    private byte[] line = new byte[4096];
    private int lineLength;

    public SessionLines(InputStream in) {
        this(in, MAX_LINE_BYTES);
    }

    SessionLines(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /**
     * The next line, decoded, without its newline; null at the end of the stream. The caller zeroes the array when
     * done with it. A last line without a newline is returned as a line.
     */
    public char[] next() throws IOException {
        lineLength = 0;
        while (true) {
            for (int i = chunkStart; i < chunkEnd; i++) {
                if (chunk[i] == '\n') {
                    take(chunkStart, i);
                    chunkStart = i + 1;
                    return decodeLine();
                }
            }
            take(chunkStart, chunkEnd);
            chunkStart = chunkEnd;
            Arrays.fill(chunk, (byte) 0);
            int n = in.read(chunk, 0, chunk.length);
            if (n < 0) {
                return lineLength == 0 ? null : decodeLine();
            }
            chunkStart = 0;
            chunkEnd = n;
        }
    }

    /** Zeroes everything this reader still holds. */
    public void wipe() {
        Arrays.fill(chunk, (byte) 0);
        Arrays.fill(line, (byte) 0);
        chunkStart = 0;
        chunkEnd = 0;
        lineLength = 0;
    }

    private void take(int from, int to) throws SessionCodec.ProtocolException {
        int n = to - from;
        if (lineLength + n > maxLineBytes) {
            wipe();
            throw new SessionCodec.ProtocolException("a reply longer than " + maxLineBytes + " bytes");
        }
        if (lineLength + n > line.length) {
            byte[] bigger = Arrays.copyOf(line, Math.min(maxLineBytes, Math.max(line.length * 2, lineLength + n)));
            Arrays.fill(line, (byte) 0);
            line = bigger;
        }
        System.arraycopy(chunk, from, line, lineLength, n);
        lineLength += n;
    }

    private char[] decodeLine() {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        char[] chars = new char[lineLength];
        CharBuffer out = CharBuffer.wrap(chars);
        decoder.decode(ByteBuffer.wrap(line, 0, lineLength), out, true);
        decoder.flush(out);
        Arrays.fill(line, 0, lineLength, (byte) 0);
        if (out.position() == chars.length) {
            return chars;
        }
        char[] exact = Arrays.copyOf(chars, out.position());
        Arrays.fill(chars, '\0');
        return exact;
    }
}
