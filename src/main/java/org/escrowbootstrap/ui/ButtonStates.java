package org.escrowbootstrap.ui;

import javax.swing.JButton;
import javax.swing.JRootPane;
import org.escrowbootstrap.model.DialogSpec;

/** Which buttons a screen can press and what they say: when it opens, and after each live update. */
final class ButtonStates {

    private ButtonStates() {}

    /**
     * The state a screen opens in: button 1 is the default button, disabled when asked or while the timer bar holds
     * it; button 2 disabled when asked (a screenshot shows it greyed, as the window does).
     */
    static void initial(DialogSpec spec, DialogContent content, JRootPane root) {
        JButton button1 = content.buttons().button1();
        root.setDefaultButton(button1);
        if (button1 != null) {
            button1.setEnabled(!spec.buttons().button1Disabled() && !timerHoldsButton1(spec));
        }
        JButton button2 = content.buttons().button2();
        if (button2 != null) {
            button2.setEnabled(!spec.buttons().button2Disabled());
        }
    }

    /** Whether the timer bar keeps button 1 disabled for the first moments, as swiftDialog's does. */
    static boolean timerHoldsButton1(DialogSpec spec) {
        return spec.timer() != null && !spec.timer().hideBar();
    }

    /** The states and labels {@code next} asks for; {@code held}: the timer still holds button 1. */
    static void apply(DialogSpec next, ButtonBar bar, boolean held) {
        apply(
                bar.button1(),
                !next.buttons().button1Disabled() && !held,
                next.buttons().button1Text());
        apply(bar.button2(), !next.buttons().button2Disabled(), next.buttons().button2Text());
    }

    private static void apply(JButton button, boolean enabled, String text) {
        if (button == null) {
            return;
        }
        button.setEnabled(enabled);
        // compared with the name: a text that wraps in a narrow window is shown as HTML
        if (text != null && !text.equals(button.getAccessibleContext().getAccessibleName())) {
            button.setText(text);
            button.getAccessibleContext().setAccessibleName(text);
        }
    }
}
