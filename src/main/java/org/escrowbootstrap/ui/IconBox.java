package org.escrowbootstrap.ui;

import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;

/** A small icon (a list row's, a switch's): painted when its picture has loaded, repainted when a late one arrives. */
final class IconBox extends JComponent {
    private final int size;
    private CompletableFuture<Artwork> picture;

    IconBox(int size) {
        this.size = size;
    }

    void show(CompletableFuture<Artwork> next) {
        if (Objects.equals(picture, next)) {
            return;
        }
        picture = next;
        if (next != null && !next.isDone()) {
            next.thenRun(() -> SwingUtilities.invokeLater(this::repaint));
        }
        repaint();
    }

    @Override
    public Dimension getPreferredSize() {
        return new Dimension(size, size);
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        Artwork art = picture != null && picture.isDone() ? picture.getNow(null) : null;
        if (art == null) {
            return;
        }
        Graphics2D g = (Graphics2D) graphics.create();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        double d = Math.min(getWidth(), getHeight());
        art.paint(g, new Rectangle2D.Double((getWidth() - d) / 2, (getHeight() - d) / 2, d, d));
        g.dispose();
    }
}
