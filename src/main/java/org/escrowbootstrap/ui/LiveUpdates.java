package org.escrowbootstrap.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import org.escrowbootstrap.model.DialogSpec;
import org.escrowbootstrap.model.DialogSpecBuilder;
import org.escrowbootstrap.model.DialogUpdate;

/**
 * Applies live updates (the command file's lines) to the one window, without ever falling behind a fast script.
 *
 * <p>The reader's thread folds each update into the latest spec at once; at most one task waits on the Swing
 * thread, and it shows whatever the latest spec is when it runs. A script that writes 20,000 {@code progress:} lines
 * costs 20,000 folds and a few repaints, and the window shows the last state. On the Swing thread only what differs
 * changes: the progress bar, the list rows and the buttons in place; anything else (a new message, an icon, a size)
 * rebuilds the screen, keeping its timer and its outcome. Updates that arrive before the window is up wait for it.
 */
final class LiveUpdates {

    /** Screen changes are at most this often (about 60 a second); a lone line after a pause shows at once. */
    private static final long MIN_GAP_NANOS = TimeUnit.MILLISECONDS.toNanos(16);

    private final Consumer<String> warnings;
    private final Object lock = new Object();
    private final List<DialogUpdate> early = new ArrayList<>(); // before a screen is on display
    private final List<DialogUpdate> actions = new ArrayList<>(); // quit and window actions, in order
    private DialogSpec latest; // null until a screen is on display
    private boolean scheduled;
    private DialogWindow window;
    private long lastDrain = System.nanoTime() - MIN_GAP_NANOS;

    LiveUpdates(Consumer<String> warnings) {
        this.warnings = Objects.requireNonNull(warnings, "warnings");
    }

    /** From any thread: folds {@code update} into the screen, which shows it soon. */
    void offer(DialogUpdate update) {
        synchronized (lock) {
            if (latest == null) {
                early.add(update);
                return;
            }
            fold(update);
            schedule();
        }
    }

    /** On the Swing thread, once {@code spec} is on display in {@code target}: early updates now apply. */
    void attach(DialogWindow target, DialogSpec spec) {
        synchronized (lock) {
            window = target;
            latest = spec;
            if (early.isEmpty()) {
                return; // nothing to show yet: no task, no comparison of specs on the way to the first paint
            }
            for (DialogUpdate update : early) {
                fold(update);
            }
            early.clear();
            schedule();
        }
    }

    /** The spec the window will show after the updates received so far. */
    DialogSpec latest() {
        synchronized (lock) {
            return latest;
        }
    }

    private void fold(DialogUpdate update) {
        String problem = update.problemWith(latest);
        if (problem != null) {
            warnings.accept(problem);
        }
        latest = update.applyTo(latest);
        if (update instanceof DialogUpdate.Quit || update instanceof DialogUpdate.WindowAction) {
            actions.add(update);
        }
    }

    private void schedule() {
        if (scheduled) {
            return;
        }
        scheduled = true;
        long wait = TimeUnit.NANOSECONDS.toMillis(lastDrain + MIN_GAP_NANOS - System.nanoTime());
        if (wait <= 0) {
            SwingUtilities.invokeLater(this::drain);
        } else {
            // A flood: at most one screen change per frame, so painting leaves the reader the CPU it needs.
            Timer later = new Timer((int) wait + 1, e -> drain());
            later.setRepeats(false);
            later.start();
        }
    }

    private void drain() {
        DialogSpec next;
        List<DialogUpdate> todo;
        DialogWindow target;
        synchronized (lock) {
            scheduled = false;
            lastDrain = System.nanoTime();
            next = latest;
            todo = new ArrayList<>(actions);
            actions.clear();
            target = window;
        }
        if (target == null || target.content() == null) {
            return;
        }
        try {
            show(target, next);
        } catch (RuntimeException e) {
            // A screen the update made impossible to draw: the window keeps what it had, the script hears why.
            warnings.accept("a command-file update could not be shown ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
        for (DialogUpdate action : todo) {
            act(target, action);
        }
    }

    /** Changes the window from what it shows to {@code next}, in place when only live parts differ. */
    static void show(DialogWindow target, DialogSpec next) {
        DialogContent content = target.content();
        DialogSpec shown = content.spec();
        if (shown == next || shown.equals(next)) {
            return;
        }
        if (next.window().blurScreen() != shown.window().blurScreen()) {
            target.showBackdrop(next); // other windows: the screen itself does not change
        }
        if (!inPlace(shown, next, content)) {
            target.rebuild(next);
            return;
        }
        if (next.progress() != null && !next.progress().equals(shown.progress())) {
            content.setProgress(next.progress());
        }
        if (!next.list().equals(shown.list())) {
            content.listPanel().update(next.list());
        }
        if (!next.buttons().equals(shown.buttons())) {
            target.controller().applyButtons(next);
        }
        // Each part revalidates and repaints only itself: a flood of progress lines must not lay out the window.
        content.updateSpec(next);
    }

    /** Whether {@code next} differs from {@code shown} only in parts that change in place. */
    private static boolean inPlace(DialogSpec shown, DialogSpec next, DialogContent content) {
        boolean listInPlace = next.list().visible() == shown.list().visible()
                && (next.list().visible() ? content.listPanel() != null : true);
        boolean progressInPlace = (next.progress() == null) == (shown.progress() == null)
                || (shown.progress() == null && content.progress() == null);
        boolean buttonsInPlace = sameButtonLayout(shown, next);
        DialogSpecBuilder same = next.toBuilder()
                .progress(shown.progress())
                .list(shown.list())
                .window(next.window().withBlurScreen(shown.window().blurScreen()));
        if (buttonsInPlace) {
            same.buttons(shown.buttons());
        }
        return listInPlace && progressInPlace && buttonsInPlace && same.build().equals(shown);
    }

    /** Same buttons present and the same info text: only labels and enabled states differ. */
    private static boolean sameButtonLayout(DialogSpec shown, DialogSpec next) {
        var a = shown.buttons();
        var b = next.buttons();
        return a.hasButton1() == b.hasButton1()
                && a.hasButton2() == b.hasButton2()
                && Objects.equals(a.infoButtonText(), b.infoButtonText())
                && Objects.equals(a.infoText(), b.infoText());
    }

    private static void act(DialogWindow target, DialogUpdate action) {
        if (action instanceof DialogUpdate.Quit) {
            target.controller().quitByCommand();
        } else if (action instanceof DialogUpdate.WindowAction window) {
            switch (window.action()) {
                case ACTIVATE -> {
                    target.frame().toFront();
                    target.frame().requestFocus();
                }
                    // as swiftDialog's, the backdrop goes and comes back with the window
                case HIDE -> {
                    target.frame().setVisible(false);
                    target.hideBackdrop();
                }
                case SHOW -> {
                    target.frame().setVisible(true);
                    target.showBackdrop(target.content().spec());
                }
            }
        }
    }
}
