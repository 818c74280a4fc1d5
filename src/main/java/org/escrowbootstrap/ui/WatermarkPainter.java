package org.escrowbootstrap.ui;

import java.awt.AlphaComposite;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import org.escrowbootstrap.model.Watermark;

/**
 * Paints the {@code --background} picture behind a screen's content, as swiftDialog's watermark layer: at its own
 * size, or scaled to fill or fit the window, placed at one of nine positions, at the given opacity; a colour or
 * gradient fill covers the window opaquely.
 */
final class WatermarkPainter {

    private WatermarkPainter() {}

    /** Paints {@code picture} (null: nothing yet, or unreadable) into a {@code width} × {@code height} area. */
    static void paint(Graphics g, Watermark watermark, Artwork picture, int width, int height) {
        if (picture == null || width <= 0 || height <= 0) {
            return;
        }
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g2.clip(new Rectangle2D.Double(0, 0, width, height));
            if (picture instanceof Artwork.Fill || picture.width() <= 0 || picture.height() <= 0) {
                picture.paint(g2, new Rectangle2D.Double(0, 0, width, height));
                return;
            }
            g2.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) watermark.alpha()));
            g2.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            picture.paint(g2, place(watermark, picture.width(), picture.height(), width, height));
        } finally {
            g2.dispose();
        }
    }

    /** Where a {@code w} × {@code h} picture goes in the area: scaled as the fill says, aligned as the position. */
    static Rectangle2D place(Watermark watermark, double w, double h, int width, int height) {
        double scale =
                switch (watermark.fill()) {
                    case FILL -> Math.max(width / w, height / h);
                    case FIT -> Math.min(width / w, height / h);
                    case NONE -> 1;
                };
        double sw = w * scale;
        double sh = h * scale;
        Watermark.Position at = watermark.position();
        return new Rectangle2D.Double((width - sw) * at.x, (height - sh) * at.y, sw, sh);
    }
}
