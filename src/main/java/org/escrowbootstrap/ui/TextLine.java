package org.escrowbootstrap.ui;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.RenderingHints;
import javax.swing.JLabel;
import org.escrowbootstrap.model.Alignment;

/**
 * One line of styled text (a title, a subtitle): aligned left, centred or right with an offset, optionally with a
 * soft drop shadow, shortened with an ellipsis when it does not fit.
 *
 * <p>A {@link JLabel} underneath, so screen readers and tests read it like any label.
 */
final class TextLine extends MeasuredLabel {

    private final Alignment alignment;
    private final int offset;
    private final Color shadow;
    private final Dimension shadowOffset;

    TextLine(String text, Font font, Color colour, Alignment alignment, int offset, Color shadow) {
        super(text);
        this.alignment = alignment;
        this.offset = offset;
        this.shadow = shadow;
        this.shadowOffset = Look.dimension("banner.shadowOffset", new Dimension(1, 2));
        setFont(font);
        setForeground(colour);
        setHorizontalAlignment(
                switch (alignment) {
                    case LEFT -> LEFT;
                    case CENTRE -> CENTER;
                    case RIGHT -> RIGHT;
                });
    }

    @Override
    public Dimension getPreferredSize() {
        FontMetrics metrics = getFontMetrics(getFont());
        Insets insets = getInsets();
        int extra = shadow != null ? shadowOffset.height : 0;
        return new Dimension(
                metrics.stringWidth(getText()) + Math.abs(offset) + insets.left + insets.right,
                metrics.getHeight() + extra + insets.top + insets.bottom);
    }

    @Override
    public Dimension getMinimumSize() {
        Dimension preferred = getPreferredSize();
        return new Dimension(0, preferred.height);
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g2.setFont(getFont());
            FontMetrics metrics = g2.getFontMetrics();
            Insets insets = getInsets();
            int available = getWidth() - insets.left - insets.right;
            String text = fit(getText(), metrics, available);
            int width = metrics.stringWidth(text);
            int x =
                    switch (alignment) {
                        case LEFT -> insets.left + offset;
                        case CENTRE -> insets.left + (available - width) / 2 + offset;
                        case RIGHT -> getWidth() - insets.right - width - offset;
                    };
            int y = insets.top + metrics.getAscent();
            if (shadow != null) {
                // A soft shadow: the text a few times, spread a little, at a fraction of the shadow colour.
                int alpha = shadow.getAlpha();
                for (int spread = 2; spread >= 0; spread--) {
                    g2.setColor(new Color(
                            shadow.getRed(),
                            shadow.getGreen(),
                            shadow.getBlue(),
                            Math.max(8, alpha / (3 + spread * 2))));
                    for (int dx = -spread; dx <= spread; dx += Math.max(1, spread)) {
                        g2.drawString(text, x + shadowOffset.width + dx, y + shadowOffset.height + spread / 2);
                    }
                }
            }
            g2.setColor(getForeground());
            g2.drawString(text, x, y);
        } finally {
            g2.dispose();
        }
    }

    private static String fit(String text, FontMetrics metrics, int available) {
        if (text == null || metrics.stringWidth(text) <= available) {
            return text == null ? "" : text;
        }
        String ellipsis = "…";
        int end = text.length();
        while (end > 0 && metrics.stringWidth(text.substring(0, end) + ellipsis) > available) {
            end--;
        }
        return text.substring(0, end).stripTrailing() + ellipsis;
    }
}
