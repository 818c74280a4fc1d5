package org.escrowbootstrap.ui;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Insets;
import javax.swing.UIManager;
import org.escrowbootstrap.model.Colour;

/**
 * Reads the dialog's colours and sizes from the theme ({@code EscrowDialog.*} keys in this package's
 * {@code .properties} files), with a fallback so a missing key never breaks a screen.
 */
final class Look {

    static final String PREFIX = "EscrowDialog.";

    private Look() {}

    static Color colour(String key, Color fallback) {
        Color value = UIManager.getColor(PREFIX + key);
        return value != null ? value : fallback;
    }

    static int size(String key, int fallback) {
        Object value = UIManager.get(PREFIX + key);
        return value instanceof Number n ? n.intValue() : fallback;
    }

    static float number(String key, float fallback) {
        Object value = UIManager.get(PREFIX + key);
        return value instanceof Number n ? n.floatValue() : fallback;
    }

    static Insets insets(String key, Insets fallback) {
        Insets value = UIManager.getInsets(PREFIX + key);
        return value != null ? (Insets) value.clone() : fallback;
    }

    static Dimension dimension(String key, Dimension fallback) {
        Dimension value = UIManager.getDimension(PREFIX + key);
        return value != null ? new Dimension(value) : fallback;
    }

    static Color background() {
        return colour("background", UIManager.getColor("Panel.background"));
    }

    static Color foreground() {
        return colour("foreground", UIManager.getColor("Label.foreground"));
    }

    static Color secondary() {
        return colour("secondaryForeground", UIManager.getColor("Label.disabledForeground"));
    }

    static Color accent() {
        Color accent = UIManager.getColor("Component.accentColor");
        return accent != null ? accent : new Color(0x007AFF);
    }

    /** A swiftDialog colour as AWT sees it; primary, secondary and accent follow the theme. */
    static Color resolve(Colour colour) {
        return switch (colour.role()) {
            case PRIMARY -> foreground();
            case SECONDARY -> secondary();
            case ACCENT -> accent();
            case FIXED -> new Color(colour.argb(), true);
        };
    }

    /** The CSS form of a colour, {@code #rrggbb}, for the Markdown style sheet. */
    static String css(Color colour) {
        String hex = Integer.toHexString(colour.getRGB() & 0xFFFFFF);
        return "#" + "000000".substring(hex.length()) + hex;
    }
}
