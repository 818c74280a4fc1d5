package org.escrowbootstrap.cli;

import java.awt.GraphicsEnvironment;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.escrowbootstrap.config.SessionCodec;
import org.escrowbootstrap.model.DialogPresenter;
import org.escrowbootstrap.model.DialogResult;
import org.escrowbootstrap.ui.SwingDialogPresenter;

/**
 * {@code ui-session}: the child process that owns the escrow's window in the console user's session.
 *
 * <p>Reads {@link SessionCodec} requests on stdin and answers on stdout; everything else this process would print
 * goes to stderr, so nothing can corrupt the protocol. When the escrow goes away (stdin ends) the window closes.
 */
final class UiSessionMode {

    static final String NAME = "ui-session";

    private final Writer replies;
    private final DialogPresenter presenter;
    /** The request whose screen is being put up: a show's id, or 0 for a display. */
    private volatile long current;

    private final ExecutorService screens = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ui-session-screen");
        t.setDaemon(true);
        return t;
    });

    private UiSessionMode(OutputStream protocol, DialogPresenter presenter) {
        this.replies = new OutputStreamWriter(protocol, StandardCharsets.UTF_8);
        this.presenter = presenter;
    }

    static int run(InputStream in, OutputStream protocol, PrintStream err) {
        // From here on, a stray print (a library's warning) lands on stderr, never in the protocol.
        System.setOut(err);
        if (GraphicsEnvironment.isHeadless()) {
            writeQuietly(protocol, SessionCodec.error("no display to show the window on"));
            return 1;
        }
        SwingDialogPresenter presenter = new SwingDialogPresenter(warning -> err.println("warning: " + warning));
        UiSessionMode session = new UiSessionMode(protocol, presenter);
        presenter.onShown(spec -> session.replyQuietly(SessionCodec.shown(session.current)));
        return session.serve(in, err);
    }

    private int serve(InputStream in, PrintStream err) {
        try (BufferedReader requests = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reply(SessionCodec.ready());
            for (String line = requests.readLine(); line != null; line = requests.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                SessionCodec.Request request;
                try {
                    request = SessionCodec.readRequest(line);
                } catch (IllegalArgumentException e) {
                    reply(SessionCodec.error(e.getMessage()));
                    continue;
                }
                if (request instanceof SessionCodec.Close) {
                    break;
                }
                handle(request);
            }
        } catch (IOException e) {
            err.println("ui-session: " + e.getMessage());
        } finally {
            presenter.close(); // also ends a screen still waiting for the user
            screens.shutdown();
            try {
                screens.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return 0;
    }

    private void handle(SessionCodec.Request request) throws IOException {
        if (request instanceof SessionCodec.Show show) {
            // The screen waits for the user on its own thread, so a vanished escrow (stdin ends) is still noticed.
            screens.execute(() -> {
                current = show.id();
                try (DialogResult result = presenter.show(show.spec())) {
                    synchronized (replies) {
                        SessionCodec.writeResult(show.id(), result, replies);
                    }
                } catch (IOException | RuntimeException e) {
                    replyQuietly(SessionCodec.error(
                            "the screen failed: " + e.getClass().getSimpleName()));
                }
            });
        } else if (request instanceof SessionCodec.Display display) {
            current = 0;
            presenter.display(display.spec());
        } else if (request instanceof SessionCodec.Progress progress) {
            presenter.updateProgress(progress.progress());
        }
    }

    private void reply(String line) throws IOException {
        synchronized (replies) {
            replies.write(line);
            replies.write('\n');
            replies.flush();
        }
    }

    private void replyQuietly(String line) {
        try {
            reply(line);
        } catch (IOException e) {
            // the escrow is gone; nobody is listening
        }
    }

    private static void writeQuietly(OutputStream out, String line) {
        try {
            out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            // nobody is listening
        }
    }
}
