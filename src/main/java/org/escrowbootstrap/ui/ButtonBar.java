package org.escrowbootstrap.ui;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Insets;
import javax.swing.JButton;
import javax.swing.JComponent;
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

    private final int gap = Look.size("buttons.gap", 8);

    /** The narrowest the timer's bar gets beside the info button. */
    private static final int TIMER_LEAST = 60;

    private final JButton button1;
    private final JButton button2;
    private final JButton infoButton;
    private final JLabel infoText;
    private final TimerBar timer;
    private final JButton helpButton;

    ButtonBar(Buttons buttons, TimerSpec timerSpec, UiWords words) {
        this(buttons, timerSpec, words, false, ButtonLook.defaults(), Integer.MAX_VALUE);
    }

    /**
     * The bar, {@code room} points wide; with {@code help}, swiftDialog's round {@code ?} button after the others, at
     * the right edge. Centred and stacked buttons come without the info button, the info text and the help button,
     * as in swiftDialog. When the bar's parts do not fit side by side in a narrow window, the info button and the
     * timer take a row of their own above the buttons; when buttons 1 and 2 still do not fit, they stack, button 1
     * on top; a button text wider than the window wraps.
     */
    ButtonBar(Buttons buttons, TimerSpec timerSpec, UiWords words, boolean help, ButtonLook look, int room) {
        super(new MigLayout(
                "insets 0, fillx, hidemode 3, gap " + Look.size("buttons.gap", 8) + ", wrap 1",
                "[grow, fill]",
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
        } else if (plain && buttons.hasInfoButton()) {
            infoButton = button(
                    buttons.infoButtonText(), "infoButton", look, look.symbols().infoButton(), room);
            if (buttons.infoButtonAction() != null && !buttons.quitOnInfo()) {
                infoButton
                        .getAccessibleContext()
                        .setAccessibleDescription(words.get("link.opens", buttons.infoButtonAction()));
            }
            infoText = null;
        } else {
            infoButton = null;
            infoText = null;
        }
        timer = timerSpec != null && !timerSpec.hideBar() ? new TimerBar(timerSpec, words) : null;
        button2 = buttons.hasButton2()
                ? button(buttons.button2Text(), "button2", look, look.symbols().button2(), room)
                : null;
        button1 = buttons.hasButton1()
                ? button(buttons.button1Text(), "button1", look, look.symbols().button1(), room)
                : null;
        if (plain && help) {
            helpButton = new JButton();
            helpButton.setName("helpButton");
            helpButton.putClientProperty(FlatClientProperties.BUTTON_TYPE, FlatClientProperties.BUTTON_TYPE_HELP);
            helpButton.getAccessibleContext().setAccessibleName(words.get("name.help"));
            helpButton.setFocusable(false); // Return and Esc stay with buttons 1 and 2, as in swiftDialog
        } else {
            helpButton = null;
        }
        boolean pairFits = width(button2) + width(button1) + gap <= room;
        switch (look.arrangement()) {
            case DEFAULT -> {
                JComponent info = infoButton != null ? infoButton : infoText;
                int timerLeast = timer == null ? 0 : TIMER_LEAST + gap;
                if (width(info) + timerLeast + width(button2) + width(button1) + width(helpButton) + 3 * gap <= room) {
                    add(row(info, timer, button2, button1, helpButton), "growx");
                } else {
                    if (info != null || timer != null || helpButton != null) {
                        add(row(info, timer, null, null, helpButton), "growx");
                    }
                    arrangePair(pairFits, false);
                }
            }
            case CENTRE -> arrangePair(pairFits, true);
            case STACK -> arrangePair(false, false);
        }
    }

    /** One row: the info part, the timer (or a spacer) taking the room between, the buttons at the right. */
    private JPanel row(JComponent info, TimerBar timerBar, JButton second, JButton first, JButton helpBar) {
        JPanel row = new JPanel(new MigLayout("insets 0, fillx, hidemode 3, gap " + gap, "", "[center]"));
        row.setName("buttonRow");
        row.setOpaque(false);
        if (info != null) {
            row.add(info);
        }
        if (timerBar != null) {
            row.add(timerBar, "growx, pushx, wmin " + TIMER_LEAST + ", wmax " + Look.size("timer.width", 160) * 2);
            row.add(spacer(), "pushx");
        } else {
            row.add(spacer(), "pushx, growx");
        }
        addIfAny(row, second, "");
        addIfAny(row, first, "");
        addIfAny(row, helpBar, "");
        return row;
    }

    /** Buttons 1 and 2 side by side, at the right or centred; stacked, button 1 on top, when they do not fit. */
    private void arrangePair(boolean sideBySide, boolean centred) {
        if (sideBySide) {
            JPanel pair = new JPanel(new MigLayout("insets 0, gap " + gap));
            pair.setName(centred ? "centredButtons" : "buttonPair");
            pair.setOpaque(false);
            addIfAny(pair, button2, "");
            addIfAny(pair, button1, "");
            add(pair, centred ? "center, growx 0" : "right, growx 0");
        } else {
            // the default button on top, as macOS stacks an alert's buttons
            addIfAny(this, button1, "growx, wmin 0");
            addIfAny(this, button2, "growx, wmin 0");
        }
    }

    private static int width(JComponent part) {
        return part == null ? 0 : part.getPreferredSize().width;
    }

    private static void addIfAny(JPanel panel, JButton button, String constraints) {
        if (button != null) {
            panel.add(button, constraints);
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

    private static JButton button(String text, String name, ButtonLook look, ButtonSymbol symbol, int room) {
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
        if (button.getPreferredSize().width > room) {
            // wider than the window: its text on as many lines as it takes, rather than cut to "…"
            Insets insets = button.getInsets();
            int width = Math.max(1, room - insets.left - insets.right);
            StringBuilder html = new StringBuilder("<html><center>");
            for (String line : TextLine.lines(text, button.getFontMetrics(button.getFont()), width)) {
                html.append(html.length() > "<html><center>".length() ? "<br>" : "")
                        .append(escape(line));
            }
            button.setText(html.append("</center></html>").toString());
        }
        return button;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
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
