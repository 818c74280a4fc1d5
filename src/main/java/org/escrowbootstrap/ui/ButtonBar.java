package org.escrowbootstrap.ui;

import com.formdev.flatlaf.FlatClientProperties;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.escrowbootstrap.model.ButtonLook;
import org.escrowbootstrap.model.ButtonSymbol;
import org.escrowbootstrap.model.Buttons;
import org.escrowbootstrap.model.ControlSize;
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

    ButtonBar(Buttons buttons, TimerSpec timerSpec, UiWords words) {
        this(buttons, timerSpec, words, false, ButtonLook.defaults());
    }

    /**
     * The bar; with {@code help}, swiftDialog's round {@code ?} button after the others, at the right edge. Centred
     * and stacked buttons come without the info button, the info text and the help button, as in swiftDialog.
     */
    ButtonBar(Buttons buttons, TimerSpec timerSpec, UiWords words, boolean help, ButtonLook look) {
        super(new MigLayout(
                "insets 0, fillx, hidemode 3, gap " + Look.size("buttons.gap", 8)
                        + (look.arrangement() == ButtonLook.Arrangement.DEFAULT ? "" : ", wrap 1"),
                look.arrangement() == ButtonLook.Arrangement.DEFAULT ? "" : "[grow, fill]",
                "[center]"));
        setName("buttonBar");
        setOpaque(false);
        boolean plain = look.arrangement() == ButtonLook.Arrangement.DEFAULT;
        if (plain && buttons.infoText() != null) {
            infoText = new MeasuredLabel(buttons.infoText());
            infoText.setName("infoText");
            infoText.setForeground(Look.secondary());
            infoText.setFont(Fonts.inter(FontWeight.REGULAR, Look.number("infoText.size", 12)));
            infoButton = null;
            add(infoText);
        } else if (plain && buttons.hasInfoButton()) {
            infoButton = button(
                    buttons.infoButtonText(), "infoButton", look, look.symbols().infoButton());
            if (buttons.infoButtonAction() != null && !buttons.quitOnInfo()) {
                infoButton
                        .getAccessibleContext()
                        .setAccessibleDescription(words.get("link.opens", buttons.infoButtonAction()));
            }
            infoText = null;
            add(infoButton);
        } else {
            infoButton = null;
            infoText = null;
        }
        if (timerSpec != null && !timerSpec.hideBar()) {
            timer = new TimerBar(timerSpec, words);
            add(timer, plain ? "growx, pushx, wmin 60, wmax " + Look.size("timer.width", 160) * 2 : "growx");
            if (plain) {
                add(spacer(), "pushx");
            }
        } else {
            timer = null;
            if (plain) {
                add(spacer(), "pushx, growx");
            }
        }
        button2 = buttons.hasButton2()
                ? button(buttons.button2Text(), "button2", look, look.symbols().button2())
                : null;
        button1 = buttons.hasButton1()
                ? button(buttons.button1Text(), "button1", look, look.symbols().button1())
                : null;
        switch (look.arrangement()) {
            case DEFAULT -> {
                addIfAny(button2, "");
                addIfAny(button1, "");
            }
            case CENTRE -> {
                JPanel centred = new JPanel(new MigLayout("insets 0, gap " + Look.size("buttons.gap", 8)));
                centred.setName("centredButtons");
                centred.setOpaque(false);
                if (button2 != null) {
                    centred.add(button2);
                }
                if (button1 != null) {
                    centred.add(button1);
                }
                add(centred, "center, growx 0");
            }
            case STACK -> {
                // the default button on top, as macOS stacks an alert's buttons
                addIfAny(button1, "growx");
                addIfAny(button2, "growx");
            }
        }
        if (plain && help) {
            helpButton = new JButton();
            helpButton.setName("helpButton");
            helpButton.putClientProperty(FlatClientProperties.BUTTON_TYPE, FlatClientProperties.BUTTON_TYPE_HELP);
            helpButton.getAccessibleContext().setAccessibleName(words.get("name.help"));
            helpButton.setFocusable(false); // Return and Esc stay with buttons 1 and 2, as in swiftDialog
            add(helpButton);
        } else {
            helpButton = null;
        }
    }

    private void addIfAny(JButton button, String constraints) {
        if (button != null) {
            add(button, constraints);
        }
    }

    /** The {@code ?} button, or null when there is no help message (or the buttons are centred or stacked). */
    JButton helpButton() {
        return helpButton;
    }

    private static JLabel spacer() {
        JLabel spacer = new JLabel();
        spacer.setName("buttonSpacer");
        return spacer;
    }

    private static JButton button(String text, String name, ButtonLook look, ButtonSymbol symbol) {
        JButton button = new JButton(text);
        if (symbol != null) {
            ButtonSymbolIcon.decorate(button, symbol);
        }
        if (look.size() != ControlSize.REGULAR) {
            button.setFont(button.getFont()
                    .deriveFont(button.getFont().getSize2D() * look.size().scale()));
        }
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
