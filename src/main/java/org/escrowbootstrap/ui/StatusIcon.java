package org.escrowbootstrap.ui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import javax.swing.JComponent;
import javax.swing.Timer;
import org.escrowbootstrap.model.ListItem;

/**
 * A list row's status icon, drawn as swiftDialog's: a spinner ({@code wait}), a green check, a red cross, a yellow
 * exclamation mark, a grey ellipsis, a percentage ring, or an SF Symbol look-alike.
 *
 * <p>The spinner turns only while the icon is on a showing window, so a screenshot and an idle list cost nothing.
 */
final class StatusIcon extends JComponent {

    private static final int SPOKES = 8;

    private final int size;
    private ListItem.Status status = ListItem.Status.NONE;
    private double progress;
    private Artwork custom;
    private int frame;
    private Timer spin;

    StatusIcon(int size) {
        this.size = size;
        setOpaque(false);
    }

    /** Shows {@code item}'s status, {@code symbol} for a custom one; repaints only when something changed. */
    void show(ListItem item, Artwork symbol) {
        if (status == item.status() && progress == item.progress() && symbol == custom) {
            return;
        }
        status = item.status();
        progress = item.progress();
        custom = symbol;
        setToolTipText(null);
        updateSpinner();
        repaint();
    }

    ListItem.Status status() {
        return status;
    }

    @Override
    public Dimension getPreferredSize() {
        return new Dimension(status == ListItem.Status.NONE ? 0 : size, size);
    }

    @Override
    public void addNotify() {
        super.addNotify();
        updateSpinner();
    }

    @Override
    public void removeNotify() {
        if (spin != null) {
            spin.stop();
            spin = null;
        }
        super.removeNotify();
    }

    private void updateSpinner() {
        boolean turning = status == ListItem.Status.WAIT && isDisplayable();
        if (turning && spin == null) {
            spin = new Timer(100, e -> {
                frame = (frame + 1) % SPOKES;
                repaint();
            });
            spin.start();
        } else if (!turning && spin != null) {
            spin.stop();
            spin = null;
        }
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        if (status == ListItem.Status.NONE) {
            return;
        }
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            double d = Math.min(size, Math.min(getWidth(), getHeight())) - 2;
            double x = (getWidth() - d) / 2.0;
            double y = (getHeight() - d) / 2.0;
            Ellipse2D circle = new Ellipse2D.Double(x, y, d, d);
            switch (status) {
                case SUCCESS -> badge(g, circle, Look.colour("status.success", new Color(0x30C552)), check(x, y, d));
                case FAIL -> badge(g, circle, Look.colour("status.fail", new Color(0xFF3B30)), cross(x, y, d));
                case ERROR -> exclamation(g, circle, Look.colour("status.error", new Color(0xF5C400)), x, y, d);
                case PENDING -> ellipsis(g, circle, Look.colour("status.pending", new Color(0x8E8E93)), x, y, d);
                case PROGRESS -> ring(g, x, y, d);
                case WAIT -> spinner(g, x, y, d);
                case CUSTOM -> {
                    if (custom != null) {
                        custom.paint(g, new Rectangle2D.Double(x, y, d, d));
                    }
                }
                default -> {}
            }
        } finally {
            g.dispose();
        }
    }

    private static void badge(Graphics2D g, Ellipse2D circle, Color fill, Path2D mark) {
        g.setColor(fill);
        g.fill(circle);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke((float) (circle.getWidth() * 0.11), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(mark);
    }

    private static Path2D check(double x, double y, double d) {
        Path2D p = new Path2D.Double();
        p.moveTo(x + d * 0.28, y + d * 0.52);
        p.lineTo(x + d * 0.44, y + d * 0.68);
        p.lineTo(x + d * 0.72, y + d * 0.34);
        return p;
    }

    private static Path2D cross(double x, double y, double d) {
        Path2D p = new Path2D.Double();
        p.moveTo(x + d * 0.33, y + d * 0.33);
        p.lineTo(x + d * 0.67, y + d * 0.67);
        p.moveTo(x + d * 0.67, y + d * 0.33);
        p.lineTo(x + d * 0.33, y + d * 0.67);
        return p;
    }

    private static void exclamation(Graphics2D g, Ellipse2D circle, Color fill, double x, double y, double d) {
        g.setColor(fill);
        g.fill(circle);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke((float) (d * 0.12), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(x + d / 2, y + d * 0.26, x + d / 2, y + d * 0.56));
        double dot = d * 0.13;
        g.fill(new Ellipse2D.Double(x + d / 2 - dot / 2, y + d * 0.68, dot, dot));
    }

    private static void ellipsis(Graphics2D g, Ellipse2D circle, Color fill, double x, double y, double d) {
        g.setColor(fill);
        g.fill(circle);
        g.setColor(Color.WHITE);
        double dot = d * 0.13;
        for (int i = -1; i <= 1; i++) {
            g.fill(new Ellipse2D.Double(x + d / 2 + i * d * 0.22 - dot / 2, y + d / 2 - dot / 2, dot, dot));
        }
    }

    private void ring(Graphics2D g, double x, double y, double d) {
        float stroke = (float) Math.max(2, d * 0.16);
        double inset = stroke / 2.0;
        Ellipse2D track = new Ellipse2D.Double(x + inset, y + inset, d - stroke, d - stroke);
        g.setStroke(new BasicStroke(stroke, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(Look.colour("status.track", new Color(0x402F5FCC, true)));
        g.draw(track);
        g.setColor(Look.accent());
        g.draw(new Arc2D.Double(track.getBounds2D(), 90, -360 * progress / 100.0, Arc2D.OPEN));
    }

    private void spinner(Graphics2D g, double x, double y, double d) {
        double cx = x + d / 2;
        double cy = y + d / 2;
        g.setStroke(new BasicStroke((float) Math.max(1.5, d * 0.09), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Color base = Look.secondary();
        for (int i = 0; i < SPOKES; i++) {
            double angle = 2 * Math.PI * i / SPOKES;
            int age = (i - frame + SPOKES) % SPOKES;
            int alpha = 255 - age * 200 / SPOKES;
            g.setColor(new Color(base.getRed(), base.getGreen(), base.getBlue(), Math.max(40, alpha)));
            g.draw(new Line2D.Double(
                    cx + Math.cos(angle) * d * 0.22,
                    cy + Math.sin(angle) * d * 0.22,
                    cx + Math.cos(angle) * d * 0.45,
                    cy + Math.sin(angle) * d * 0.45));
        }
    }
}
