package org.escrowbootstrap.ui;

import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import javax.swing.AbstractButton;
import javax.swing.Icon;
import javax.swing.JCheckBox;
import javax.swing.SwingConstants;

/**
 * A check box drawn as a switch, as {@code --checkboxstyle switch} asks: the label on the left, the switch on the
 * right, as macOS draws a switch toggle.
 */
final class SwitchBox extends JCheckBox {

    SwitchBox(String label) {
        super(label);
        setIcon(new Track());
        setHorizontalTextPosition(SwingConstants.LEADING);
        setIconTextGap(12);
    }

    /** The switch itself: a pill, blue with the knob right when on, grey with the knob left when off. */
    private static final class Track implements Icon {
        @Override
        public void paintIcon(Component c, Graphics g, int x, int y) {
            AbstractButton button = (AbstractButton) c;
            int w = getIconWidth();
            int h = getIconHeight();
            Graphics2D g2 = (Graphics2D) g.create();
            try {
                g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                boolean on = button.isSelected();
                Color track = on
                        ? Look.colour("switch.on", new Color(0x2F7CF6))
                        : Look.colour("switch.off", new Color(0xD4D4D2));
                if (!button.isEnabled()) {
                    track = new Color(track.getRed(), track.getGreen(), track.getBlue(), 110);
                }
                g2.setColor(track);
                g2.fill(new RoundRectangle2D.Float(x, y, w, h, h, h));
                int knob = h - 4;
                g2.setColor(Color.WHITE);
                g2.fill(new Ellipse2D.Float(on ? x + w - knob - 2 : x + 2, y + 2, knob, knob));
            } finally {
                g2.dispose();
            }
        }

        @Override
        public int getIconWidth() {
            return 32;
        }

        @Override
        public int getIconHeight() {
            return 18;
        }
    }
}
