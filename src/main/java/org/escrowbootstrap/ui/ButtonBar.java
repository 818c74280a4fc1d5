package org.escrowbootstrap.ui;

import com.formdev.flatlaf.FlatClientProperties;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.escrowbootstrap.model.Buttons;
import org.escrowbootstrap.model.FontWeight;
import org.escrowbootstrap.model.TimerSpec;

/**
 * The bottom bar: the info button or info text on the left, the timer's countdown bar next to it, and button 2
 * ("Cancel") left of button 1 ("OK", the default, accent-coloured button) on the right.
 */
final class ButtonBar extends JPanel {

    private final JButton button1;
    private final JButton button2;
    private final JButton infoButton;
    private final JLabel infoText;
    private final TimerBar timer;
    private final JButton helpButton;

    ButtonBar(Buttons buttons, TimerSpec timerSpec) {
        this(buttons, timerSpec, false);
    }

    /** The bar; with {@code help}, swiftDialog's round {@code ?} button after the others, at the right edge. */
    ButtonBar(Buttons buttons, TimerSpec timerSpec, boolean help) {
        super(new MigLayout("insets 0, fillx, gap " + Look.size("buttons.gap", 8), "", "[center]"));
        setName("buttonBar");
        setOpaque(false);
        if (buttons.infoText() != null) {
            infoText = new MeasuredLabel(buttons.infoText());
            infoText.setName("infoText");
            infoText.setForeground(Look.secondary());
            infoText.setFont(Fonts.inter(FontWeight.REGULAR, Look.number("infoText.size", 12)));
            infoButton = null;
            add(infoText);
        } else if (buttons.hasInfoButton()) {
            infoButton = button(buttons.infoButtonText(), "infoButton");
            if (buttons.infoButtonAction() != null && !buttons.quitOnInfo()) {
                infoButton.getAccessibleContext().setAccessibleDescription("Opens " + buttons.infoButtonAction());
            }
            infoText = null;
            add(infoButton);
        } else {
            infoButton = null;
            infoText = null;
        }
        if (timerSpec != null && !timerSpec.hideBar()) {
            timer = new TimerBar(timerSpec);
            add(timer, "growx, pushx, wmin 60, wmax " + Look.size("timer.width", 160) * 2);
            add(spacer(), "pushx");
        } else {
            timer = null;
            add(spacer(), "pushx, growx");
        }
        button2 = buttons.hasButton2() ? button(buttons.button2Text(), "button2") : null;
        if (button2 != null) {
            add(button2);
        }
        button1 = buttons.hasButton1() ? button(buttons.button1Text(), "button1") : null;
        if (button1 != null) {
            add(button1);
        }
        if (help) {
            helpButton = new JButton();
            helpButton.setName("helpButton");
            helpButton.putClientProperty(FlatClientProperties.BUTTON_TYPE, FlatClientProperties.BUTTON_TYPE_HELP);
            helpButton.getAccessibleContext().setAccessibleName("Help");
            helpButton.setFocusable(false); // Return and Esc stay with buttons 1 and 2, as in swiftDialog
            add(helpButton);
        } else {
            helpButton = null;
        }
    }

    /** The {@code ?} button, or null when there is no help message. */
    JButton helpButton() {
        return helpButton;
    }

    private static JLabel spacer() {
        JLabel spacer = new JLabel();
        spacer.setName("buttonSpacer");
        return spacer;
    }

    private static JButton button(String text, String name) {
        JButton button = new JButton(text);
        button.setName(name);
        button.getAccessibleContext().setAccessibleName(text);
        return button;
    }

    JButton button1() {
        return button1;
    }

    JButton button2() {
        return button2;
    }

    JButton infoButton() {
        return infoButton;
    }

    JLabel infoText() {
        return infoText;
    }

    TimerBar timer() {
        return timer;
    }
}
