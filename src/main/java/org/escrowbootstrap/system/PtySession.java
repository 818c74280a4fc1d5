package org.escrowbootstrap.system;

import com.pty4j.PtyProcess;
import com.pty4j.PtyProcessBuilder;
import com.pty4j.unix.UnixPtyProcess;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

/**
 * A child process on a pseudo-terminal: the terminal is its controlling terminal (so it can open {@code /dev/tty}
 * and turn echo off as {@code readpassphrase} does), and a reader thread collects what it prints.
 */
final class PtySession implements AutoCloseable {

    private final PtyProcess process;
    private final Transcript transcript = new Transcript();
    private final Thread reader;
    private final Thread waiter;
    private volatile boolean exited;
    private volatile int exitCode;

    private PtySession(PtyProcess process) {
        this.process = process;
        this.reader = daemon("pty-reader", this::readUntilEnd);
        this.waiter = daemon("pty-waiter", this::waitForExit);
    }

    static PtySession start(Command command, Map<String, String> environment) throws IOException {
        PtyProcess process = new PtyProcessBuilder(command.argv().toArray(new String[0]))
                .setEnvironment(environment)
                .setDirectory("/")
                // Not "console" mode: only then does the child get a new session with the terminal as its
                // controlling terminal, which /dev/tty and readpassphrase need. Its stderr shares the terminal.
                .setConsole(false)
                .setRedirectErrorStream(true)
                .setInitialColumns(200)
                .setInitialRows(50)
                .start();
        PtySession session = new PtySession(process);
        session.reader.start();
        session.waiter.start();
        return session;
    }

    /** True once the program exited or its terminal closed. */
    boolean hasEnded() {
        return exited || transcript.hasEnded();
    }

    Transcript transcript() {
        return transcript;
    }

    /**
     * Waits until {@code prompt} appears after char index {@code from}; returns the index after it, or empty when the
     * deadline passes or the program ends without printing it.
     */
    OptionalInt awaitPrompt(Pattern prompt, int from, long deadlineNanos) throws InterruptedException {
        while (true) {
            int known = transcript.size();
            OptionalInt found = transcript.find(prompt, from);
            if (found.isPresent()) {
                return found;
            }
            if (transcript.hasEnded() || System.nanoTime() >= deadlineNanos) {
                return OptionalInt.empty();
            }
            if (exited) {
                // The program is gone; give the reader a moment for its last bytes, then look once more.
                reader.join(200);
                OptionalInt last = transcript.find(prompt, from);
                return last;
            }
            transcript.awaitChange(known, deadlineNanos);
        }
    }

    /**
     * Types {@code bytes} followed by Return, as one write so the program reads the line whole.
     *
     * <p>The bytes may be a password: pty4j's output stream copies every write into a new array that it never
     * zeroes, so on Unix they go to the terminal straight from native memory that is wiped afterwards.
     */
    void type(byte[] bytes) throws IOException {
        if (process instanceof UnixPtyProcess unix) {
            TerminalWrite.line(unix.getPty().getMasterFD(), bytes);
            return;
        }
        byte[] line = new byte[bytes.length + 1];
        try {
            System.arraycopy(bytes, 0, line, 0, bytes.length);
            line[bytes.length] = '\r';
            OutputStream out = process.getOutputStream();
            out.write(line, 0, line.length);
            out.flush();
        } finally {
            Arrays.fill(line, (byte) 0);
        }
    }

    /** Waits for the program to exit; false when the deadline passed first. */
    boolean awaitExit(long deadlineNanos) throws InterruptedException {
        long left = deadlineNanos - System.nanoTime();
        if (left > 0) {
            waiter.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
        }
        return exited;
    }

    int exitCode() {
        return exitCode;
    }

    /** Waits briefly for the last output after exit (the terminal reports its end once every holder closed it). */
    void drain(long millis) throws InterruptedException {
        reader.join(millis);
    }

    void killTree() {
        // pty4j's process does not offer toHandle(); its pid does.
        ProcessHandle.of(process.pid()).ifPresent(ProcessTree::kill);
        process.destroyForcibly();
    }

    @Override
    public void close() {
        if (!exited) {
            killTree();
        }
        closeQuietly(process.getOutputStream());
        closeQuietly(process.getInputStream());
        transcript.poke();
    }

    private void readUntilEnd() {
        try {
            pump(process.getInputStream(), () -> exited || !process.isAlive(), transcript);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the transcript is marked as ended all the same
        }
    }

    /**
     * Copies the terminal's output into {@code out} until it ends, then marks the end.
     *
     * <p>Linux reports "no one on the other side" while no process holds the terminal: pty4j passes that on either
     * as EIO or, when its poll sees the hang-up, as the end of the stream. That happens after everyone closed it
     * (the end), but also in the moment after the start, before the child has opened it. Taking that first one for
     * the end left a tool waiting at its prompt for an answer that never came, until its timeout. So it is the end
     * only once the program has gone ({@code gone}); until then the terminal is asked again shortly.
     */
    static void pump(InputStream in, BooleanSupplier gone, Transcript out) throws InterruptedException {
        byte[] chunk = new byte[4096];
        try {
            while (true) {
                int n;
                try {
                    n = in.read(chunk);
                } catch (IOException noHolder) {
                    n = -1;
                }
                if (n < 0) {
                    if (gone.getAsBoolean()) {
                        break;
                    }
                    Thread.sleep(5);
                    continue;
                }
                if (n > 0) {
                    out.append(chunk, n);
                }
            }
        } finally {
            Arrays.fill(chunk, (byte) 0);
            out.end();
        }
    }

    private void waitForExit() {
        try {
            exitCode = process.waitFor();
            exited = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            transcript.poke();
        }
    }

    private static Thread daemon(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        return t;
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // Closing a terminal that is already gone has nothing to report.
        }
    }
}
