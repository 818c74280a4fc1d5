package org.escrowbootstrap.ui;

import java.awt.Color;
import java.awt.Font;
import javax.swing.JComponent;
import javax.swing.JTextArea;

/**
 * The message of swiftDialog's licence mode ({@code --eula}): the text as written, not Markdown, in a 12-point
 * monospaced font, wrapped at the box's width and selectable, so a licence reads exactly as its author wrote it.
 */
final class EulaText {

    private EulaText() {}

    static JComponent create(String message) {
        JTextArea area = new JTextArea(message == null ? "" : message);
        area.setEditable(false);
        area.setLineWrap(true);
        area.setWrapStyleWord(true);
        area.setOpaque(false);
        area.setBorder(null);
        area.setFont(new Font(Font.MONOSPACED, Font.PLAIN, Look.size("eula.size", 12)));
        area.setForeground(Look.foreground());
        area.setCaretPosition(0);
        return area;
    }

    /** The box's colour: swiftDialog's editor background, white in light mode, a lifted grey in dark. */
    static Color background() {
        return Look.colour("eula.background", Color.WHITE);
    }
}
