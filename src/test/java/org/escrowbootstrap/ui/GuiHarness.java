package org.escrowbootstrap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.KeyboardFocusManager;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.escrowbootstrap.model.DialogResult;
import org.escrowbootstrap.model.DialogSpec;

/**
 * A real presenter on the test display, an AssertJ Swing robot that drives it, and the warnings and links the
 * presenter reported; one per GUI test.
 */
final class GuiHarness implements AutoCloseable {

    static final Timeout PATIENCE = Timeout.timeout(15_000);

    final Robot robot = BasicRobot.robotWithNewAwtHierarchy();
    final List<String> warnings = new CopyOnWriteArrayList<>();
    final List<URI> opened = new CopyOnWriteArrayList<>();
    final SwingDialogPresenter presenter;
    private final ExecutorService workflow = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "test-workflow");
        thread.setDaemon(true);
        return thread;
    });

    GuiHarness() {
        this(null);
    }

    /** With image downloads that give up after {@code downloadTimeout}, or the presenter's own when null. */
    GuiHarness(java.time.Duration downloadTimeout) {
        robot.settings().delayBetweenEvents(20);
        presenter = downloadTimeout == null
                ? new SwingDialogPresenter(warnings::add, opened::add)
                : new SwingDialogPresenter(
                        warnings::add, opened::add, new ImageLoader(warnings::add, downloadTimeout, downloadTimeout));
    }

    /** Shows {@code spec} from a workflow thread, as the escrow does, and returns the pending result. */
    CompletableFuture<DialogResult> show(DialogSpec spec) {
        return CompletableFuture.supplyAsync(() -> presenter.show(spec), workflow);
    }

    /** The dialog window, once it is showing. */
    FrameFixture window() {
        return WindowFinder.findFrame(DialogWindow.NAME)
                .withTimeout(PATIENCE.duration(), TimeUnit.MILLISECONDS)
                .using(robot);
    }

    static DialogResult result(CompletableFuture<DialogResult> pending) {
        try {
            return pending.get(PATIENCE.duration(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new AssertionError("the dialog did not end", e);
        }
    }

    /** Waits until {@code condition} holds on the Swing thread. */
    static void waitFor(String what, BooleanSupplier condition) {
        Pause.pause(
                new Condition(what) {
                    @Override
                    public boolean test() {
                        return GuiActionRunner.execute(condition::getAsBoolean);
                    }
                },
                PATIENCE);
    }

    /** The name of the component that has the keyboard focus, once the robot's events are handled. */
    String focusOwnerName() {
        robot.waitForIdle();
        return GuiActionRunner.execute(() -> {
            Component owner =
                    KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
            return owner == null ? null : owner.getName();
        });
    }

    void requireStillOpen(CompletableFuture<DialogResult> pending) {
        robot.waitForIdle();
        assertThat(pending).as("the dialog is still waiting for the user").isNotDone();
        window().requireVisible();
    }

    @Override
    public void close() {
        presenter.close();
        robot.cleanUp();
        workflow.shutdownNow();
    }
}
