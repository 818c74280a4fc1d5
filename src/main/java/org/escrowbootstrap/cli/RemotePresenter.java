package org.escrowbootstrap.cli;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.escrowbootstrap.config.SessionCodec;
import org.escrowbootstrap.config.SessionLines;
import org.escrowbootstrap.model.DialogPresenter;
import org.escrowbootstrap.model.DialogResult;
import org.escrowbootstrap.model.DialogSpec;
import org.escrowbootstrap.model.ExitCode;
import org.escrowbootstrap.model.ProgressSpec;
import org.escrowbootstrap.system.ProcessTree;

/**
 * Shows the workflow's screens in a child process running in the console user's session.
 *
 * <p>Jamf runs the escrow as root from launchd, where no window reaches the user's screen; the child, started with
 * {@code launchctl asuser … sudo -u USER}, owns the one window, and the two talk over its stdin/stdout with
 * {@link SessionCodec}. The child runs as the user, so nothing it does may hold the root side: every screen has a
 * deadline of the root's own (its timer, or the untimed limit, plus a margin), every request must be taken within a
 * limit, and every reply is bounded ({@link SessionLines}, the codec's caps). A child that misses a deadline or
 * breaks the protocol is killed with everything it started; the screen ends as {@link ExitCode#TIMER} (treated as
 * no answer) or {@link ExitCode#ERROR} (the dialog failed). If the child dies, every later screen ends as
 * {@link ExitCode#WINDOW_CLOSED}, which the workflow treats like the user closing the window.
 */
final class RemotePresenter implements DialogPresenter {

    /**
     * The root side's own limits on the child.
     *
     * @param ready until the window is up
     * @param untimedScreen for a screen without a timer of its own (a result screen, or every screen when the admin
     *     turned the dialog timeout off)
     * @param margin added to every screen's limit, for the child to start, draw and answer
     * @param request for the child to take one request off the pipe
     */
    record Limits(Duration ready, Duration untimedScreen, Duration margin, Duration request) {

        /** The escrow's limits: a minute to open, the dialog timeout (else a day) per screen, plus 15 s. */
        static Limits forDialogTimeout(int dialogTimeoutSeconds) {
            Duration untimed = dialogTimeoutSeconds > 0 ? Duration.ofSeconds(dialogTimeoutSeconds) : Duration.ofDays(1);
            return new Limits(Duration.ofSeconds(60), untimed, Duration.ofSeconds(15), Duration.ofSeconds(10));
        }
    }

    private static final Object END = new Object();
    /** Replies are taken as they come; a child that floods them is breaking the protocol. */
    private static final int MAX_QUEUED_REPLIES = 256;

    private static final int MAX_STDERR_LINES = 200;
    /** An escrow shows a handful of screens; a child reporting hundreds is flooding the log. */
    private static final int MAX_SHOWN = 256;

    private static final int MAX_STDERR_LINE = 500;

    private final Process process;
    private final Limits limits;
    private final Writer requests;
    private final BlockingQueue<Object> replies = new ArrayBlockingQueue<>(MAX_QUEUED_REPLIES + 1);
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> daemon("ui-session-requests", r));
    private final Consumer<String> log;
    private volatile String violation;
    private int shownReplies; // the reader thread's alone
    private boolean violationLogged;
    private long nextId = 1;
    private boolean gone;

    private RemotePresenter(Process process, Limits limits, Consumer<String> log) {
        this.process = process;
        this.limits = limits;
        this.log = log;
        this.requests = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        daemon("ui-session-replies", this::readReplies).start();
        daemon("ui-session-stderr", this::forwardErrors).start();
    }

    /** Starts the child with the escrow's limits for a screen timeout of {@code readyTimeout}; for tests. */
    static RemotePresenter start(List<String> argv, Duration readyTimeout, Consumer<String> log) throws IOException {
        Limits defaults = Limits.forDialogTimeout(0);
        return start(
                argv, new Limits(readyTimeout, defaults.untimedScreen(), defaults.margin(), defaults.request()), log);
    }

    /**
     * Starts the child and waits until its window is ready.
     *
     * @throws IOException when the child cannot start or does not become ready in time; the message says why
     */
    static RemotePresenter start(List<String> argv, Limits limits, Consumer<String> log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(argv);
        // jpackage's native launchers mark their environment for their own re-exec (seen with the Linux one, which
        // packaging/linux/launcher has since replaced; the macOS one is jpackage's); a second launcher that inherits
        // the mark skips its configuration and runs as plain java ("Could not find or load main class ui-session").
        builder.environment().remove("_JPACKAGE_LAUNCHER");
        Process process = builder.start();
        RemotePresenter presenter = new RemotePresenter(process, limits, log);
        Object first;
        try {
            first = presenter.replies.poll(limits.ready().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            first = null;
        }
        if (first instanceof SessionCodec.Ready) {
            return presenter;
        }
        presenter.kill();
        if (first instanceof SessionCodec.Error error) {
            throw new IOException("the user's window could not open: " + error.message());
        }
        if (first == END) {
            String broke = presenter.violation;
            throw new IOException(
                    broke != null
                            ? "the UI process broke the protocol: " + broke
                            : "the UI process ended before its window opened");
        }
        throw new IOException(
                "the user's window did not open within " + limits.ready().toSeconds() + " s");
    }

    @Override
    public synchronized DialogResult show(DialogSpec spec) {
        long id = nextId++;
        if (!send(SessionCodec.show(id, spec))) {
            return ended();
        }
        Duration limit = (spec.timer() != null ? Duration.ofSeconds(spec.timer().seconds()) : limits.untimedScreen())
                .plus(limits.margin());
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            Object reply;
            try {
                reply = replies.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return DialogResult.of(ExitCode.WINDOW_CLOSED);
            }
            if (reply == null) {
                stop("did not answer screen " + id + " within " + limit.toSeconds() + " s");
                return DialogResult.of(ExitCode.TIMER);
            }
            if (reply instanceof SessionCodec.Result result) {
                if (result.id() == id) {
                    return result.result();
                }
                result.result().close(); // a stale answer: wipe what it carried
            }
            if (reply instanceof SessionCodec.Error error) {
                log.accept("UI process: " + error.message());
            }
            if (reply == END) {
                replies.offer(END); // later calls see the end too
                gone = true;
                return ended();
            }
        }
    }

    /** How a screen ends once the child is gone: it failed if the child broke the protocol, else it was closed. */
    private DialogResult ended() {
        String broke = violation;
        if (broke == null) {
            return DialogResult.of(ExitCode.WINDOW_CLOSED);
        }
        if (!violationLogged) {
            violationLogged = true;
            log.accept("UI process broke the protocol (" + broke + "); it was stopped");
        }
        return DialogResult.of(ExitCode.ERROR);
    }

    @Override
    public synchronized void display(DialogSpec spec) {
        send(SessionCodec.display(spec));
    }

    @Override
    public synchronized void updateProgress(ProgressSpec progress) {
        send(SessionCodec.progress(progress));
    }

    @Override
    public synchronized void close() {
        send(SessionCodec.close());
        writer.shutdown();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
        }
        closeQuietly(requests);
    }

    /** The child's process, to watch or end it. */
    ProcessHandle process() {
        return process.toHandle();
    }

    /** Writes one request; a child that does not take it within the limit is stopped. */
    private boolean send(String line) {
        if (gone || violation != null) {
            gone = true;
            return false;
        }
        Future<?> written;
        try {
            written = writer.submit(() -> {
                requests.write(line);
                requests.write('\n');
                requests.flush();
                return null;
            });
        } catch (RejectedExecutionException e) {
            gone = true; // killed meanwhile, by a deadline or a protocol violation
            return false;
        }
        try {
            written.get(limits.request().toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            stop("did not take a request within " + limits.request().toSeconds() + " s");
        } catch (ExecutionException e) {
            gone = true;
            log.accept("UI process stopped taking requests: " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            gone = true;
        }
        return false;
    }

    /** Ends a child that does not keep to the protocol's deadlines. */
    private void stop(String why) {
        gone = true;
        log.accept("UI process " + why + "; stopping it");
        kill();
    }

    private void kill() {
        ProcessTree.kill(process.toHandle());
        writer.shutdownNow();
    }

    private void readReplies() {
        SessionLines lines = new SessionLines(process.getInputStream());
        try {
            for (char[] line = lines.next(); line != null; line = lines.next()) {
                try {
                    if (line.length == 0) {
                        continue;
                    }
                    SessionCodec.Reply reply = SessionCodec.readReply(line);
                    if (reply instanceof SessionCodec.Shown shown) {
                        // Logged as it comes, not when the workflow next asks for a reply: a progress screen's
                        // line then stands before the escrow's, where it happened.
                        if (++shownReplies > MAX_SHOWN) {
                            throw new SessionCodec.ProtocolException("more than " + MAX_SHOWN + " screens reported");
                        }
                        log.accept(
                                shown.id() == 0
                                        ? "progress screen on display"
                                        : "screen " + shown.id() + " on display");
                        continue;
                    }
                    if (!replies.offer(reply)) {
                        throw new SessionCodec.ProtocolException("more than " + MAX_QUEUED_REPLIES + " unread replies");
                    }
                } finally {
                    Arrays.fill(line, '\0');
                }
            }
        } catch (SessionCodec.ProtocolException e) {
            violation = e.getMessage();
            kill();
            replies.clear(); // room for the end, and nothing the child said counts any more
        } catch (IOException e) {
            log.accept("UI process: " + e.getMessage());
        } finally {
            lines.wipe();
            replies.offer(END);
        }
    }

    /** Passes the child's stderr on to the log: lines cut short, and only so many, so it cannot flood the log. */
    private void forwardErrors() {
        try (Reader err = new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8)) {
            StringBuilder line = new StringBuilder();
            int lines = 0;
            for (int c = err.read(); c >= 0; c = err.read()) {
                if (c != '\n') {
                    if (line.length() < MAX_STDERR_LINE) {
                        line.append((char) c);
                    }
                    continue;
                }
                if (lines < MAX_STDERR_LINES) {
                    log.accept("UI process: " + line);
                } else if (lines == MAX_STDERR_LINES) {
                    log.accept("UI process: (more output dropped)");
                }
                lines++;
                line.setLength(0);
            }
        } catch (IOException e) {
            // the stream ends with the child
        }
    }

    private static Thread daemon(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        return t;
    }

    private static void closeQuietly(Writer w) {
        try {
            w.close();
        } catch (IOException e) {
            // the child is gone already: nothing left to close
        }
    }
}
