package org.escrowbootstrap.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Follows swiftDialog's command file: hands each complete line appended to it, in order, to a consumer.
 *
 * <p>Polls an open channel every {@link #POLL_MILLIS} ms on a daemon thread: the JDK's WatchService polls every few
 * seconds on macOS, and a script expects {@code progress: 40} on screen at once. Lines already in the file when
 * following starts are skipped, as swiftDialog skips them. A partial last line waits for its newline. A file emptied
 * (shorter than what was read), replaced (another file at the path) or deleted and created again is read from its
 * start. A symbolic link at the path is refused, as swiftDialog's launcher refuses it: nothing is read through it.
 * Lines longer than {@link #MAX_LINE_BYTES} and lines that are not UTF-8 are skipped with one warning each.
 */
final class CommandFileFollower implements AutoCloseable {

    static final long POLL_MILLIS = 20;
    static final int MAX_LINE_BYTES = 1 << 20;
    private static final int CHUNK = 64 * 1024;

    private final Path path;
    private final Consumer<String> lines;
    private final Consumer<String> warnings;
    private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
    private final ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
    private final CharsetDecoder decoder = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private volatile boolean closed;
    private Thread thread;
    private FileChannel channel;
    private Object fileKey;
    private long position;
    private boolean skippingLongLine;
    private boolean warnedLink;
    private boolean warnedUnreadable;

    private CommandFileFollower(Path path, Consumer<String> lines, Consumer<String> warnings) {
        this.path = Objects.requireNonNull(path, "path");
        this.lines = Objects.requireNonNull(lines, "lines");
        this.warnings = Objects.requireNonNull(warnings, "warnings");
    }

    /**
     * Starts following {@code path} from its present end (or its start, when it does not exist yet) and returns at
     * once: the starting point is taken on the follower's own thread, off the path to the first window.
     */
    static CommandFileFollower start(Path path, Consumer<String> lines, Consumer<String> warnings) {
        CommandFileFollower follower = new CommandFileFollower(path, lines, warnings);
        follower.thread = new Thread(
                () -> {
                    follower.open(false);
                    follower.run();
                },
                "escrow-commandfile");
        follower.thread.setDaemon(true);
        follower.thread.start();
        return follower;
    }

    /** A follower that reads only when {@link #poll()} is called (tests step through it, without timing). */
    static CommandFileFollower stepped(Path path, Consumer<String> lines, Consumer<String> warnings) {
        CommandFileFollower follower = new CommandFileFollower(path, lines, warnings);
        follower.open(false);
        return follower;
    }

    /** Reads every complete line in the file now, for a screenshot of the state they lead to. */
    static void readExisting(Path path, Consumer<String> lines, Consumer<String> warnings) {
        CommandFileFollower reader = new CommandFileFollower(path, lines, warnings);
        reader.open(true);
        reader.poll();
        reader.closeChannel();
    }

    private void run() {
        while (!closed) {
            poll();
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
        closeChannel();
    }

    /** One look at the file: follows a new, emptied or replaced file, then delivers the complete lines added. */
    void poll() {
        if (closed && thread != null) {
            return;
        }
        if (Files.isSymbolicLink(path)) {
            if (!warnedLink) {
                warnings.accept("command file " + path + " is a symbolic link; it is not followed");
                warnedLink = true;
            }
            closeChannel();
            return;
        }
        warnedLink = false;
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            closeChannel(); // deleted: a file created there later is read from its start
            return;
        }
        if (!attributes.isRegularFile()) {
            closeChannel();
            return;
        }
        if (channel != null && fileKey != null && !fileKey.equals(attributes.fileKey())) {
            closeChannel(); // replaced by another file (a script's mv, or rm and create)
        }
        if (channel == null && !open(true)) {
            return;
        }
        try {
            long size = channel.size();
            if (size < position) {
                position = 0; // emptied (: > file, or echo > file): read again from the start
                partial.reset();
                skippingLongLine = false;
            }
            while (!closed || thread == null) {
                buffer.clear();
                int read = channel.read(buffer, position);
                if (read <= 0) {
                    break;
                }
                position += read;
                split(buffer.array(), read);
            }
        } catch (IOException e) {
            closeChannel();
        }
    }

    /** Opens the file; from its start, or (the first time, at start-up) from its present end. */
    private boolean open(boolean fromStart) {
        try {
            if (Files.isSymbolicLink(path)) {
                return false;
            }
            channel = FileChannel.open(path, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
            fileKey = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                    .fileKey();
            position = fromStart ? 0 : channel.size();
            partial.reset();
            skippingLongLine = false;
            warnedUnreadable = false;
            return true;
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException | SecurityException e) {
            if (!warnedUnreadable) {
                warnings.accept("command file " + path + " cannot be read ("
                        + e.getClass().getSimpleName() + ")");
                warnedUnreadable = true;
            }
            return false;
        }
    }

    private void split(byte[] bytes, int length) {
        int start = 0;
        for (int i = 0; i < length; i++) {
            if (bytes[i] == '\n') {
                append(bytes, start, i - start);
                deliverLine();
                start = i + 1;
            }
        }
        append(bytes, start, length - start);
    }

    private void append(byte[] bytes, int from, int count) {
        if (skippingLongLine || count == 0) {
            return;
        }
        if (partial.size() + count > MAX_LINE_BYTES) {
            warnings.accept("command file: a line longer than " + MAX_LINE_BYTES + " bytes ignored");
            partial.reset();
            skippingLongLine = true;
            return;
        }
        partial.write(bytes, from, count);
    }

    private void deliverLine() {
        if (skippingLongLine) {
            skippingLongLine = false;
            return;
        }
        byte[] line = partial.toByteArray();
        partial.reset();
        int length = line.length;
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        if (length == 0) {
            return;
        }
        String text;
        try {
            text = decoder.reset().decode(ByteBuffer.wrap(line, 0, length)).toString();
        } catch (CharacterCodingException e) {
            warnings.accept("command file: a line that is not UTF-8 ignored");
            return;
        }
        try {
            lines.accept(text);
        } catch (RuntimeException e) {
            // One bad line must never stop the window from following the rest.
            warnings.accept(
                    "command file: a line could not be applied (" + e.getClass().getSimpleName() + ")");
        }
    }

    private void closeChannel() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // closing a read-only channel: nothing was written that could be lost
            }
            channel = null;
            fileKey = null;
        }
    }

    @Override
    public void close() {
        closed = true;
        if (thread != null) {
            thread.interrupt();
        }
    }
}
