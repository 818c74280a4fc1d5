package org.escrowbootstrap.cli;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.escrowbootstrap.config.SessionCodec;
import org.escrowbootstrap.model.DialogPresenter;
import org.escrowbootstrap.model.DialogResult;
import org.escrowbootstrap.model.DialogSpec;
import org.escrowbootstrap.model.ExitCode;
import org.escrowbootstrap.model.ProgressSpec;

/**
 * Shows the workflow's screens in a child process running in the console user's session.
 *
 * <p>Jamf runs the escrow as root from launchd, where no window reaches the user's screen; the child, started with
 * {@code launchctl asuser … sudo -u USER}, owns the one window, and the two talk over its stdin/stdout with
 * {@link SessionCodec}. If the child dies, every later screen ends as {@link ExitCode#WINDOW_CLOSED}, which the
 * workflow treats like the user closing the window.
 */
final class RemotePresenter implements DialogPresenter {

    private static final Object END = new Object();

    private final Process process;
    private final Writer requests;
    private final BlockingQueue<Object> replies = new LinkedBlockingQueue<>();
    private final Consumer<String> log;
    private long nextId = 1;
    private boolean gone;

    private RemotePresenter(Process process, Consumer<String> log) {
        this.process = process;
        this.log = log;
        this.requests = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(this::readReplies, "ui-session-replies");
        reader.setDaemon(true);
        reader.start();
        Thread errors = new Thread(this::forwardErrors, "ui-session-stderr");
        errors.setDaemon(true);
        errors.start();
    }

    /**
     * Starts the child and waits until its window is ready.
     *
     * @throws IOException when the child cannot start or does not become ready in time; the message says why
     */
    static RemotePresenter start(List<String> argv, Duration readyTimeout, Consumer<String> log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(argv);
        // jpackage's native launchers mark their environment for their own re-exec (seen with the Linux one, which
        // packaging/linux/launcher has since replaced; the macOS one is jpackage's); a second launcher that inherits
        // the mark skips its configuration and runs as plain java ("Could not find or load main class ui-session").
        builder.environment().remove("_JPACKAGE_LAUNCHER");
        Process process = builder.start();
        RemotePresenter presenter = new RemotePresenter(process, log);
        Object first;
        try {
            first = presenter.replies.poll(readyTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            first = null;
        }
        if (first instanceof SessionCodec.Ready) {
            return presenter;
        }
        process.destroyForcibly();
        if (first instanceof SessionCodec.Error error) {
            throw new IOException("the user's window could not open: " + error.message());
        }
        if (first == END) {
            throw new IOException("the UI process ended before its window opened");
        }
        throw new IOException("the user's window did not open within " + readyTimeout.toSeconds() + " s");
    }

    @Override
    public synchronized DialogResult show(DialogSpec spec) {
        long id = nextId++;
        if (!send(SessionCodec.show(id, spec))) {
            return DialogResult.of(ExitCode.WINDOW_CLOSED);
        }
        while (true) {
            Object reply;
            try {
                reply = replies.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return DialogResult.of(ExitCode.WINDOW_CLOSED);
            }
            if (reply instanceof SessionCodec.Result result && result.id() == id) {
                return result.result();
            }
            if (reply instanceof SessionCodec.Shown shown) {
                log.accept(shown.id() == 0 ? "progress screen on display" : "screen " + shown.id() + " on display");
            }
            if (reply instanceof SessionCodec.Error error) {
                log.accept("UI process: " + error.message());
            }
            if (reply == END) {
                replies.add(END); // later calls see the end too
                gone = true;
                return DialogResult.of(ExitCode.WINDOW_CLOSED);
            }
        }
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
        try {
            requests.close();
        } catch (IOException e) {
            // the child is gone already: nothing left to close
        }
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** The child's process, to watch or end it. */
    ProcessHandle process() {
        return process.toHandle();
    }

    private boolean send(String line) {
        if (gone) {
            return false;
        }
        try {
            requests.write(line);
            requests.write('\n');
            requests.flush();
            return true;
        } catch (IOException e) {
            gone = true;
            log.accept("UI process stopped taking requests: " + e.getMessage());
            return false;
        }
    }

    private void readReplies() {
        try (InputStreamReader in = new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)) {
            SessionCodec.ReplyStream stream = SessionCodec.replies(in);
            for (SessionCodec.Reply reply = stream.next(); reply != null; reply = stream.next()) {
                replies.add(reply);
            }
        } catch (IOException e) {
            log.accept("UI process: " + e.getMessage());
        } finally {
            replies.add(END);
        }
    }

    private void forwardErrors() {
        try (var err =
                new java.io.BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line = err.readLine(); line != null; line = err.readLine()) {
                log.accept("UI process: " + line);
            }
        } catch (IOException e) {
            // the stream ends with the child
        }
    }
}
