package org.escrowbootstrap.ui;

import java.awt.Toolkit;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.AbstractAction;
import javax.swing.InputMap;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JRootPane;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import org.escrowbootstrap.model.DialogResult;
import org.escrowbootstrap.model.DialogSpec;
import org.escrowbootstrap.model.ExitCode;
import org.escrowbootstrap.model.FieldValue;
import org.escrowbootstrap.model.Validation;

/**
 * The behaviour of one screen, as swiftDialog's: Return presses button 1, Esc button 2, Cmd/Ctrl+quit key exits
 * 10, the timer exits 4, the info button opens its link or exits 3, and button 1 ends the dialog only when every
 * field passes its checks.
 *
 * <p>Runs on the Swing thread. The screen ends once: the first outcome is passed to {@code onEnd}, later ones are
 * ignored. The fields' inputs are read and checked by {@link ScreenInputs}; secure fields are cleared at the end.
 */
final class ScreenController {

    static final double BUTTON1_DELAY_SECONDS = 3;
    private static final String ESCAPE = "escrow.button2";
    private static final String QUIT = "escrow.quit";
    private static final String RETURN = "escrow.button1";

    private final DialogSpec spec;
    private final DialogContent content;
    private final JRootPane root;
    private final Consumer<DialogResult> onEnd;
    private final Consumer<String> links;
    private Timer countdown;
    private long startNanos;
    private boolean ended;

    ScreenController(
            DialogSpec spec,
            DialogContent content,
            JRootPane root,
            Consumer<DialogResult> onEnd,
            Consumer<String> links) {
        this.spec = spec;
        this.content = content;
        this.root = root;
        this.onEnd = onEnd;
        this.links = links;
    }

    /**
     * A controller for a rebuilt screen (a live update changed its layout) that carries on this one's timer and
     * outcome: the user sees one screen that changed, not a new one.
     */
    ScreenController successor(DialogSpec nextSpec, DialogContent nextContent) {
        ScreenController next = new ScreenController(nextSpec, nextContent, root, onEnd, links);
        next.startNanos = startNanos;
        next.ended = ended;
        stop();
        ended = true;
        return next;
    }

    /** {@code quit:} on the command file: the dialog ends with exit 5. */
    void quitByCommand() {
        end(ExitCode.COMMAND_QUIT);
    }

    /** A live update's button states: enabled, disabled and labels, as the spec now says. */
    void applyButtons(DialogSpec next) {
        boolean held =
                ButtonStates.timerHoldsButton1(next) && (System.nanoTime() - startNanos) / 1e9 < BUTTON1_DELAY_SECONDS;
        ButtonStates.apply(next, content.buttons(), held);
    }

    /** Wires the buttons, keys and timer. */
    void start() {
        boolean carried = startNanos != 0;
        ButtonStates.initial(spec, content, root);
        if (carried) {
            applyButtons(spec);
        }
        ButtonBar bar = content.buttons();
        if (bar.button1() != null) {
            bar.button1().addActionListener(e -> pressButton1());
        }
        if (bar.button2() != null) {
            bar.button2().addActionListener(e -> end(ExitCode.BUTTON2));
            bar.button2().setEnabled(!spec.buttons().button2Disabled());
        }
        if (bar.infoButton() != null) {
            bar.infoButton().addActionListener(e -> pressInfo());
        }
        if (bar.helpButton() != null) {
            bar.helpButton()
                    .addActionListener(e -> HelpSheet.show(
                            SwingUtilities.getWindowAncestor(root),
                            spec.help(),
                            content.helpImage(),
                            UiWords.of(spec.language()),
                            uri -> links.accept(uri.toString())));
        }
        if (content.choices() != null) {
            content.choices().onButton1Box(ticked -> {
                JButton button1 = content.buttons().button1();
                if (button1 != null) {
                    button1.setEnabled(ticked); // enablebutton1: the box holds button 1 until it is ticked
                }
            });
        }
        InputMap keys = content.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW);
        keys.put(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), ESCAPE);
        content.getActionMap().put(ESCAPE, action(() -> {
            JButton button2 = content.buttons().button2();
            if (button2 != null && button2.isEnabled()) {
                button2.doClick(0);
            }
        }));
        if (spec.fullScreen()) {
            // the full screen draws no buttons, so Return has no default button to press: it presses button 1 itself
            keys.put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), RETURN);
            content.getActionMap().put(RETURN, action(() -> {
                JButton button1 = content.buttons().button1();
                if (button1 != null && button1.isEnabled()) {
                    pressButton1();
                }
            }));
        }
        int keyCode = KeyEvent.getExtendedKeyCodeForChar(spec.window().quitKey());
        if (keyCode != KeyEvent.VK_UNDEFINED) {
            keys.put(KeyStroke.getKeyStroke(keyCode, Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx()), QUIT);
            content.getActionMap().put(QUIT, action(() -> end(ExitCode.QUIT_KEY)));
        }
        if (!carried) {
            startNanos = System.nanoTime();
        }
        if (spec.timer() != null && !ended) {
            countdown = new Timer(100, e -> tick());
            countdown.start();
        }
    }

    /** The component that should have the keyboard focus when the screen opens: the first text field. */
    JComponent initialFocus() {
        FieldsPanel fields = content.fields();
        return fields != null ? fields.firstField() : null;
    }

    /** Stops the timer when another screen replaces this one; no outcome is reported. */
    void stop() {
        ended = true;
        if (countdown != null) {
            countdown.stop();
        }
    }

    /** The user closed the window. */
    void windowClosing() {
        end(ExitCode.WINDOW_CLOSED);
    }

    /** The application's quit command (Cmd+Q on macOS): the quit key when it is "q", otherwise swallowed. */
    void quitRequested() {
        if (Character.toLowerCase(spec.window().quitKey()) == 'q') {
            end(ExitCode.QUIT_KEY);
        }
    }

    private void tick() {
        double elapsed = (System.nanoTime() - startNanos) / 1e9;
        double left = spec.timer().seconds() - elapsed;
        TimerBar bar = content.buttons().timer();
        if (bar != null) {
            bar.show(left);
        }
        JButton button1 = content.buttons().button1();
        if (button1 != null
                && ButtonStates.timerHoldsButton1(spec)
                && elapsed >= BUTTON1_DELAY_SECONDS
                && !button1.isEnabled()) {
            button1.setEnabled(true); // swiftDialog lets the user read for a moment before they can click on
        }
        if (left <= 0) {
            end(ExitCode.TIMER);
        }
    }

    private void pressInfo() {
        var buttons = spec.buttons();
        if (buttons.infoButtonAction() != null && !buttons.quitOnInfo()) {
            links.accept(buttons.infoButtonAction().strip());
            return;
        }
        end(ExitCode.INFO_BUTTON);
    }

    /** Button 1 or Return: checks the fields and required selects; ends with exit 0 only when they pass. */
    void pressButton1() {
        if (ended) {
            return;
        }
        FieldsPanel fields = content.fields();
        ChoicesPanel choices = content.choices();
        ScreenInputs inputs = fields == null ? null : ScreenInputs.read(fields);
        List<Validation.Problem> problems = inputs == null ? List.of() : inputs.problems();
        JComponent missing = choices == null ? null : choices.showMissing(new ArrayList<>());
        if (!problems.isEmpty() || missing != null) {
            // as swiftDialog: the window stays open, says why, and prints nothing
            if (inputs != null) {
                inputs.wipe();
            }
            JComponent first = missing;
            if (fields != null && !problems.isEmpty()) {
                first = fields.showProblems(problems);
            } else if (fields != null) {
                fields.clearProblems();
            }
            Toolkit.getDefaultToolkit().beep();
            if (first != null) {
                first.requestFocusInWindow();
            }
            return;
        }
        if (fields != null) {
            fields.clearProblems();
        }
        finish(new DialogResult(ExitCode.BUTTON1, withChoices(inputs == null ? List.of() : inputs.values(), true)));
    }

    private void end(ExitCode code) {
        if (ended) {
            return;
        }
        List<FieldValue> values = List.of();
        if (spec.alwaysReturnInput()) {
            if (content.fields() != null) {
                values = ScreenInputs.read(content.fields()).values();
            }
            // as swiftDialog: selects and list selections come only with the exits that pass the window's state
            // (button 2, info); the timer, the quit key, quit: and closing the window report fields and boxes only
            values = withChoices(values, code == ExitCode.BUTTON2 || code == ExitCode.INFO_BUTTON);
        }
        finish(new DialogResult(code, values));
    }

    /**
     * The text fields' values followed, in swiftDialog's order, by the selects' choices and the list's selections
     * (with the window's state) and the check boxes.
     */
    private List<FieldValue> withChoices(List<FieldValue> values, boolean windowState) {
        List<FieldValue> all = new ArrayList<>(values);
        ChoicesPanel choices = content.choices();
        if (windowState && choices != null) {
            all.addAll(choices.selections());
        }
        ListPanel list = content.listPanel();
        if (windowState && list != null && list.shownList().selectable()) {
            all.addAll(list.choices());
        }
        if (choices != null) {
            all.addAll(choices.checks());
        }
        return all;
    }

    private void finish(DialogResult result) {
        stop();
        if (content.fields() != null) {
            content.fields().wipeSecrets();
        }
        onEnd.accept(result);
    }

    private static AbstractAction action(Runnable run) {
        return new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                run.run();
            }
        };
    }
}
