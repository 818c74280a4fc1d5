package org.escrowbootstrap.ui;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.RenderingHints;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JLabel;
import org.escrowbootstrap.model.Alignment;

/**
 * A line of styled text (a title, a subtitle): aligned left, centred or right with an offset, optionally with a
 * soft drop shadow. Too long for its width, it wraps at spaces (a word longer than the width between letters), once
 * told where ({@link #wrapAt}); otherwise it is shortened with an ellipsis.
 *
 * <p>A {@link JLabel} underneath, so screen readers and tests read it like any label.
 */
final class TextLine extends MeasuredLabel {

    private final Alignment alignment;
    private final int offset;
    private final Color shadow;
    private final Dimension shadowOffset;
    private int wrapHint;

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

    /**
     * Wraps the text to the component's width, or to {@code hint} until it has one: the width its parent will give
     * it, so the first layout already knows its height.
     */
    void wrapAt(int hint) {
        wrapHint = Math.max(1, hint);
    }

    @Override
    public Dimension getPreferredSize() {
        int natural = naturalWidth();
        if (wrapHint > 0) {
            int width = getWidth() > 0 ? getWidth() : wrapHint;
            if (natural > width) {
                return new Dimension(width, heightAt(width));
            }
        }
        return new Dimension(natural, heightAt(natural));
    }

    /** The width of the text on one line. */
    int naturalWidth() {
        Insets insets = getInsets();
        return getFontMetrics(getFont()).stringWidth(getText()) + Math.abs(offset) + insets.left + insets.right;
    }

    /** The height of the text wrapped at {@code width} (one line when it is not told to wrap). */
    int heightAt(int width) {
        FontMetrics metrics = getFontMetrics(getFont());
        Insets insets = getInsets();
        int extra = shadow != null ? shadowOffset.height : 0;
        int lines = wrapHint > 0 && naturalWidth() > width
                ? lines(getText(), metrics, room(width, insets)).size()
                : 1;
        return metrics.getHeight() * lines + extra + insets.top + insets.bottom;
    }

    /**
     * Makes the font smaller, two points at a time down to {@code least}, until the text wraps onto at most
     * {@code lines} lines at the width it was told: a long title in a narrow window stays a title, not a column.
     */
    void shrinkToLines(int lines, float least) {
        Insets insets = getInsets();
        while (lines(getText(), getFontMetrics(getFont()), room(wrapHint, insets))
                                .size()
                        > lines
                && getFont().getSize2D() - 2 >= least) {
            setFont(getFont().deriveFont(getFont().getSize2D() - 2));
        }
    }

    /** No width of its own: it wraps (or shortens) to what it is given. */
    @Override
    public Dimension getMinimumSize() {
        Dimension preferred = getPreferredSize();
        return new Dimension(0, preferred.height);
    }

    private int room(int width, Insets insets) {
        return Math.max(1, width - insets.left - insets.right - Math.abs(offset));
    }

    /** The text broken into lines no wider than {@code width}: at spaces, and inside a word that alone is wider. */
    static List<String> lines(String text, FontMetrics metrics, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : (text == null ? "" : text.strip()).split("\\s+")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (metrics.stringWidth(candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (metrics.stringWidth(rest) > width && rest.length() > 1) {
                int end = rest.length() - 1;
                while (end > 1 && metrics.stringWidth(rest.substring(0, end)) > width) {
                    end--;
                }
                lines.add(rest.substring(0, end));
                rest = rest.substring(end);
            }
            line.append(rest);
        }
        lines.add(line.toString());
        return lines;
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
            // broken where the preferred size broke it, so the lines are those the layout made room for
            FontMetrics measure = getFontMetrics(getFont());
            List<String> lines = wrapHint > 0 && measure.stringWidth(getText()) + Math.abs(offset) > available
                    ? lines(getText(), measure, room(getWidth(), insets))
                    : List.of(fit(getText(), metrics, available));
            int y = insets.top + metrics.getAscent();
            for (String text : lines) {
                paintLine(g2, text, metrics, insets, available, y);
                y += measure.getHeight();
            }
        } finally {
            g2.dispose();
        }
    }

    private void paintLine(Graphics2D g2, String text, FontMetrics metrics, Insets insets, int available, int y) {
        int width = metrics.stringWidth(text);
        int x =
                switch (alignment) {
                    case LEFT -> insets.left + offset;
                    case CENTRE -> insets.left + (available - width) / 2 + offset;
                    case RIGHT -> getWidth() - insets.right - width - offset;
                };
        if (shadow != null) {
            // A soft shadow: the text a few times, spread a little, at a fraction of the shadow colour.
            int alpha = shadow.getAlpha();
            for (int spread = 2; spread >= 0; spread--) {
                g2.setColor(new Color(
                        shadow.getRed(), shadow.getGreen(), shadow.getBlue(), Math.max(8, alpha / (3 + spread * 2))));
                for (int dx = -spread; dx <= spread; dx += Math.max(1, spread)) {
                    g2.drawString(text, x + shadowOffset.width + dx, y + shadowOffset.height + spread / 2);
                }
            }
        }
        g2.setColor(getForeground());
        g2.drawString(text, x, y);
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
