package org.escrowbootstrap.ui;

import java.awt.Component;
import java.awt.Container;
import java.util.ArrayList;
import java.util.List;
import javax.swing.AbstractButton;
import javax.swing.JLabel;
import javax.swing.JViewport;
import javax.swing.text.JTextComponent;
import javax.swing.text.View;

/**
 * What a laid-out screen hides from its user: a message to scroll, an info box cut at its foot, a label or button
 * too narrow for its text (Swing shortens it with "…"), a part pushed out of its region.
 *
 * <p>Texts in other languages are longer than the English a screen was designed with; this is how tests and the
 * preview tell that a translation still fits.
 */
final class Clipping {

    /** Points a control may reach past its region by design: FlatLaf draws the focus ring outside the button. */
    private static final int OUTSET = 3;

    private Clipping() {}

    /** One line per problem; empty when everything shows. */
    static List<String> of(Container screen) {
        List<String> found = new ArrayList<>();
        if (screen instanceof DialogContent content) {
            if (content.messageMissing() > DialogContent.FIT_SLACK) {
                found.add("message: " + content.messageMissing() + " pt out of view, to scroll to");
            }
            if (content.middleMissing() > DialogContent.FIT_SLACK) {
                found.add("middle: " + content.middleMissing() + " pt out of view, to scroll to");
            }
            if (content.columnMissing() > DialogContent.FIT_SLACK) {
                found.add("icon column: " + content.columnMissing() + " pt of the info box cut off");
            }
        }
        walk(screen, found, false);
        return List.copyOf(found);
    }

    /**
     * What a laid-out screen cuts off for good: a label or button too small for its text, a part outside its
     * region, a scrolled view wider than its viewport. What the user can scroll to is not counted: a window too
     * small for its content scrolls it rather than cutting it.
     */
    static List<String> cutOff(Container screen) {
        List<String> found = new ArrayList<>();
        if (screen instanceof DialogContent content && content.infoBoxMissing() > DialogContent.FIT_SLACK) {
            found.add("icon column: " + content.infoBoxMissing() + " pt of the info box cut off");
        }
        walk(screen, found, true);
        return List.copyOf(found);
    }

    /** Checks the parts of {@code parent}; with {@code intoViewports} also what scrolls, but not for being taller. */
    private static void walk(Container parent, List<String> found, boolean intoViewports) {
        for (Component child : parent.getComponents()) {
            if (!child.isVisible()) {
                continue;
            }
            String text = text(child);
            if (text != null && !text.isBlank() && child.getPreferredSize().width > child.getWidth() + 1) {
                found.add(name(child) + ": \"" + text + "\" needs " + child.getPreferredSize().width + " pt, has "
                        + child.getWidth());
            }
            if (text != null && !text.isBlank() && child.getPreferredSize().height > child.getHeight() + 1) {
                found.add(name(child) + ": \"" + text + "\" needs " + child.getPreferredSize().height + " pt high, has "
                        + child.getHeight());
            }
            if (child instanceof JTextComponent textView
                    && textView.getWidth() > 0
                    && textView.getUI().getRootView(textView).getMinimumSpan(View.X_AXIS) > textView.getWidth() + 1) {
                found.add(name(child) + ": a line needs "
                        + (int) textView.getUI().getRootView(textView).getMinimumSpan(View.X_AXIS) + " pt, has "
                        + textView.getWidth());
            }
            if (child instanceof JViewport port
                    && port.getView() != null
                    && port.getView().getWidth() > port.getWidth() + 1) {
                found.add(name(port.getView()) + ": " + port.getView().getWidth() + " pt wide in a viewport of "
                        + port.getWidth() + ", with no way to scroll across");
            }
            // a viewport's view may be larger than it: that is what scrolls (its width is checked above)
            if (!(parent instanceof JViewport)
                    && (child.getX() < -OUTSET
                            || child.getY() < -OUTSET
                            || child.getX() + child.getWidth() > parent.getWidth() + OUTSET
                            || child.getY() + child.getHeight() > parent.getHeight() + OUTSET)) {
                found.add(name(child) + ": outside " + name(parent) + " (" + child.getBounds() + " in "
                        + parent.getWidth() + "×" + parent.getHeight() + ")");
            }
            // What scrolls is measured above; text components and viewports size their insides their own way.
            if (child instanceof Container container
                    && !(child instanceof JTextComponent)
                    && (intoViewports || !(child instanceof JViewport))) {
                walk(container, found, intoViewports);
            }
        }
    }

    private static String text(Component component) {
        if (component instanceof JLabel label) {
            return label.getText();
        }
        if (component instanceof AbstractButton button) {
            return button.getText();
        }
        return null;
    }

    private static String name(Component component) {
        return component.getName() != null
                ? component.getName()
                : component.getClass().getSimpleName();
    }
}
