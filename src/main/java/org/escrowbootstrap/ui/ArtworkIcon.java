package org.escrowbootstrap.ui;

import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import javax.swing.Icon;

/** A Swing {@link Icon} of an {@link Artwork}, for places that take icons (the lock in a secure field). */
record ArtworkIcon(Artwork artwork, int width, int height) implements Icon {

    @Override
    public void paintIcon(Component c, Graphics g, int x, int y) {
        artwork.paint((Graphics2D) g, artwork.fitInto(new Rectangle2D.Double(x, y, width, height)));
    }

    @Override
    public int getIconWidth() {
        return width;
    }

    @Override
    public int getIconHeight() {
        return height;
    }
}
