package org.escrowbootstrap.ui;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;
import org.escrowbootstrap.model.DialogPresenter;
import org.escrowbootstrap.model.DialogResult;
import org.escrowbootstrap.model.DialogSpec;
import org.escrowbootstrap.model.DialogUpdate;
import org.escrowbootstrap.model.ExitCode;
import org.escrowbootstrap.model.ProgressSpec;

/**
 * The Swing {@link DialogPresenter}: one window for the whole run, each screen replacing the last inside it.
 *
 * <p>Thread-safe: call it from a workflow thread, never from the Swing thread ({@link #show} blocks until the
 * user ends the screen). Calls are served one at a time. Pictures load in the background; the window waits at
 * most {@link #FIRST_PAINT_WAIT} for them before it appears, and late ones are painted when they arrive.
 * Unreadable pictures and links that cannot be opened are reported, one line each, to the warning sink, which
 * may be called from any thread.
 *
 * <p>On a screen shown with {@link #display} (one the program ends, such as progress), closing the window and
 * the buttons do nothing: there is nobody waiting for an answer.
 */
public final class SwingDialogPresenter implements DialogPresenter {

    /** The longest the window waits for its pictures before it appears. */
    public static final Duration FIRST_PAINT_WAIT = Duration.ofMillis(1500);

    private final ImageLoader loader;
    private final Consumer<String> links;
    private final Object screens = new Object();
    private DialogWindow window; // Swing thread only
    private volatile CompletableFuture<DialogResult> waiting;
    private volatile boolean closed;
    private volatile Consumer<DialogSpec> shownListener = spec -> {};
    private final LiveUpdates live;

    /** A presenter that opens links in the desktop's browser. */
    public SwingDialogPresenter(Consumer<String> warnings) {
        this(warnings, LinkOpener.system());
    }

    /** A presenter that opens links with {@code links} (tests pass one that records them). */
    public SwingDialogPresenter(Consumer<String> warnings, LinkOpener links) {
        this(warnings, links, new ImageLoader(warnings));
    }

    /** For tests that need other download timeouts. */
    SwingDialogPresenter(Consumer<String> warnings, LinkOpener links, ImageLoader loader) {
        Objects.requireNonNull(warnings, "warnings");
        this.loader = Objects.requireNonNull(loader, "loader");
        this.live = new LiveUpdates(warnings);
        this.links = DialogWindow.linkHandler(Objects.requireNonNull(links, "links"), warnings);
        // Fonts and parsers load in the background while AWT starts; asking the desktop for dark mode starts a
        // process: do it now too, off the path to the first screen.
        Warmup.forDisplay();
        Thread appearance = new Thread(SystemAppearance::isDark, "escrow-appearance");
        appearance.setDaemon(true);
        appearance.start();
    }

    /**
     * Starts loading what the first window needs (fonts, parsers, classes) on background threads; optional, and
     * done by the constructor anyway. Call it as early as possible, once it is certain the program is not headless.
     */
    public static void prepare() {
        Warmup.forDisplay();
    }

    /**
     * Calls {@code listener} each time a screen is on display, from the thread that asked for it: the UI session
     * tells the escrow, whose log then records when the user could see each screen.
     */
    public SwingDialogPresenter onShown(Consumer<DialogSpec> listener) {
        this.shownListener = Objects.requireNonNull(listener, "listener");
        return this;
    }

    @Override
    public DialogResult show(DialogSpec spec) {
        Objects.requireNonNull(spec, "spec");
        if (SwingUtilities.isEventDispatchThread()) {
            throw new IllegalStateException("show() waits for the user: call it off the Swing thread");
        }
        synchronized (screens) {
            CompletableFuture<DialogResult> ending = new CompletableFuture<>();
            waiting = ending;
            try {
                present(spec, ending::complete);
                return ending.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return DialogResult.of(ExitCode.WINDOW_CLOSED);
            } catch (ExecutionException e) {
                throw new IllegalStateException("the dialog failed", e.getCause());
            } finally {
                waiting = null;
            }
        }
    }

    @Override
    public void display(DialogSpec spec) {
        Objects.requireNonNull(spec, "spec");
        synchronized (screens) {
            present(spec, result -> {});
        }
    }

    @Override
    public void updateProgress(ProgressSpec progress) {
        Objects.requireNonNull(progress, "progress");
        Theme.onEdt(() -> {
            if (window != null) {
                window.updateProgress(progress);
            }
        });
    }

    /**
     * Applies a live update (a line of the command file) to the screen on display, or to the first one shown when
     * none is yet; returns at once. Callable from any thread; updates are applied in the order they are offered.
     */
    public void update(DialogUpdate update) {
        live.offer(Objects.requireNonNull(update, "update"));
    }

    @Override
    public void close() {
        closed = true;
        Theme.onEdt(() -> {
            if (window != null) {
                window.dispose();
                window = null;
            }
        });
        CompletableFuture<DialogResult> pending = waiting;
        if (pending != null) {
            pending.complete(DialogResult.of(ExitCode.WINDOW_CLOSED));
        }
    }

    private void present(DialogSpec spec, Consumer<DialogResult> onEnd) {
        if (closed) {
            throw new IllegalStateException("the presenter is closed");
        }
        Warmup.forScreen(spec);
        Theme.install(spec.window().appearance());
        ScreenImages images = ScreenImages.start(spec, loader);
        ScreenText text = ScreenText.start(spec);
        // The screen is built while its pictures load and its texts are parsed; it appears when they are in, or after
        // the wait at most.
        Theme.onEdt(() -> {
            if (closed) {
                return; // closed meanwhile: the reveal below reports it
            }
            if (window == null) {
                window = new DialogWindow(links);
                window.useLoader(loader);
            }
            window.prepare(spec, images, text, onEnd);
        });
        images.await(FIRST_PAINT_WAIT);
        Theme.onEdt(() -> {
            if (closed || window == null) {
                onEnd.accept(DialogResult.of(ExitCode.WINDOW_CLOSED));
                return;
            }
            window.reveal();
            live.attach(window, spec);
        });
        if (!closed) {
            shownListener.accept(spec);
        }
    }
}
