package org.escrowbootstrap.ui;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.view.FloatSize;
import com.github.weisj.jsvg.view.ViewBox;
import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.escrowbootstrap.model.FontWeight;

/**
 * A picture an icon, overlay or banner paints at any size: a raster image, an SVG document, a colour fill or a
 * line of text (an emoji).
 *
 * <p>Vector artwork stays vector until it is painted, so the 2x PNG renderer and HiDPI screens get crisp edges.
 */
sealed interface Artwork {

    /** Natural width in points; 0 for a fill, which has no size of its own. */
    double width();

    /** Natural height in points; 0 for a fill. */
    double height();

    /** Paints the picture stretched into {@code box}. */
    void paint(Graphics2D g, Rectangle2D box);

    /** The largest rectangle of the picture's aspect ratio that fits in {@code box}, centred. */
    default Rectangle2D fitInto(Rectangle2D box) {
        if (width() <= 0 || height() <= 0) {
            return box;
        }
        double scale = Math.min(box.getWidth() / width(), box.getHeight() / height());
        double w = width() * scale;
        double h = height() * scale;
        return new Rectangle2D.Double(
                box.getX() + (box.getWidth() - w) / 2, box.getY() + (box.getHeight() - h) / 2, w, h);
    }

    /** A copy of {@code g} for vector pictures: smooth edges, shapes exactly where their coordinates say. */
    private static Graphics2D vectorGraphics(Graphics2D g) {
        Graphics2D g2 = (Graphics2D) g.create();
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        return g2;
    }

    /** Paints the picture so it covers {@code box}, anchored at the top-left and cropped (banners). */
    default void paintCover(Graphics2D g, Rectangle2D box) {
        if (width() <= 0 || height() <= 0) {
            paint(g, box);
            return;
        }
        double scale = Math.max(box.getWidth() / width(), box.getHeight() / height());
        Graphics2D clipped = (Graphics2D) g.create();
        try {
            clipped.clip(box);
            paint(clipped, new Rectangle2D.Double(box.getX(), box.getY(), width() * scale, height() * scale));
        } finally {
            clipped.dispose();
        }
    }

    /** A raster image (png, jpg, gif, icns), scaled down in steps so large icons stay smooth when small. */
    final class Raster implements Artwork {
        private final BufferedImage image;
        private BufferedImage scaled;

        Raster(BufferedImage image) {
            this.image = image;
        }

        BufferedImage image() {
            return image;
        }

        @Override
        public double width() {
            return image.getWidth();
        }

        @Override
        public double height() {
            return image.getHeight();
        }

        @Override
        public void paint(Graphics2D g, Rectangle2D box) {
            AffineTransform t = g.getTransform();
            int deviceW = (int) Math.max(1, Math.round(box.getWidth() * Math.abs(t.getScaleX())));
            int deviceH = (int) Math.max(1, Math.round(box.getHeight() * Math.abs(t.getScaleY())));
            BufferedImage source = scaledTo(deviceW, deviceH);
            Graphics2D g2 = (Graphics2D) g.create();
            try {
                g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
                g2.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                g2.translate(box.getX(), box.getY());
                g2.scale(box.getWidth() / source.getWidth(), box.getHeight() / source.getHeight());
                g2.drawImage(source, 0, 0, null);
            } finally {
                g2.dispose();
            }
        }

        private synchronized BufferedImage scaledTo(int w, int h) {
            if (w >= image.getWidth() || h >= image.getHeight()) {
                return image;
            }
            if (scaled != null && scaled.getWidth() == w && scaled.getHeight() == h) {
                return scaled;
            }
            BufferedImage current = image;
            int cw = image.getWidth();
            int ch = image.getHeight();
            // Halving at a time keeps every source pixel in the average: one big bicubic step would alias.
            while (cw > w || ch > h) {
                cw = Math.max(w, cw / 2);
                ch = Math.max(h, ch / 2);
                BufferedImage next = new BufferedImage(cw, ch, BufferedImage.TYPE_INT_ARGB);
                Graphics2D g = next.createGraphics();
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.drawImage(current, 0, 0, cw, ch, null);
                g.dispose();
                current = next;
            }
            scaled = current;
            return current;
        }
    }

    /** An SVG document, drawn as vectors at whatever scale the graphics has. */
    record Vector(SVGDocument document) implements Artwork {
        @Override
        public double width() {
            FloatSize size = document.size();
            return size.width;
        }

        @Override
        public double height() {
            FloatSize size = document.size();
            return size.height;
        }

        @Override
        public void paint(Graphics2D g, Rectangle2D box) {
            Graphics2D g2 = vectorGraphics(g);
            try {
                document.render(null, g2, new ViewBox(box));
            } finally {
                g2.dispose();
            }
        }
    }

    /**
     * One of our own shipped pictures ({@link SvgShapes}): shapes filled and stroked in order, painted as JSVG
     * paints an SVG document, stretched from the view box into the box.
     */
    record Drawing(double width, double height, Rectangle2D viewBox, List<Layer> layers) implements Artwork {
        public Drawing {
            layers = List.copyOf(layers);
        }

        /** A shape with its transform, its fill and its stroke (null paint: none) and their opacities. */
        record Layer(
                Shape shape,
                AffineTransform transform,
                Paint fill,
                float fillOpacity,
                Paint stroke,
                float strokeOpacity,
                BasicStroke line) {}

        @Override
        public void paint(Graphics2D g, Rectangle2D box) {
            Graphics2D g2 = vectorGraphics(g);
            try {
                place(g2, box);
                AffineTransform base = g2.getTransform();
                Composite plain = g2.getComposite();
                for (Layer layer : layers) {
                    g2.setTransform(base);
                    g2.transform(layer.transform());
                    if (layer.fill() != null && layer.fillOpacity() > 0) {
                        g2.setComposite(opacity(plain, layer.fillOpacity()));
                        g2.setPaint(layer.fill());
                        g2.fill(layer.shape());
                    }
                    if (layer.stroke() != null && layer.strokeOpacity() > 0) {
                        g2.setComposite(opacity(plain, layer.strokeOpacity()));
                        g2.setPaint(layer.stroke());
                        g2.setStroke(layer.line());
                        g2.draw(layer.shape());
                    }
                }
            } finally {
                g2.dispose();
            }
        }

        /**
         * Clips to the box and maps the view box into it, fitted and centred, as JSVG places a document (the box in
         * float precision too), so a picture looks the same to the pixel whichever of the two draws it.
         */
        private void place(Graphics2D g2, Rectangle2D box) {
            Rectangle2D.Float port = new Rectangle2D.Float(
                    (float) box.getX(), (float) box.getY(), (float) box.getWidth(), (float) box.getHeight());
            float vw = (float) viewBox.getWidth();
            float vh = (float) viewBox.getHeight();
            double scale = Math.min(port.width / vw, port.height / vh);
            g2.clip(port);
            g2.translate(port.x, port.y);
            g2.translate((port.width - vw * scale) / 2, (port.height - vh * scale) / 2);
            g2.scale(scale, scale);
            g2.translate(-(float) viewBox.getX(), -(float) viewBox.getY());
        }

        private static Composite opacity(Composite plain, float opacity) {
            return opacity >= 1 ? plain : AlphaComposite.getInstance(AlphaComposite.SRC_OVER, opacity);
        }
    }

    /**
     * A colour or gradient fill ({@code colour=…}, {@code gradient=…}); a single colour with {@code gradient}
     * gets a gentle light-to-dark sheen, as swiftDialog's colour banners have.
     */
    record Fill(List<Color> colours, boolean gradient, double angle) implements Artwork {
        public Fill {
            colours = List.copyOf(colours);
        }

        @Override
        public double width() {
            return 0;
        }

        @Override
        public double height() {
            return 0;
        }

        @Override
        public void paint(Graphics2D g, Rectangle2D box) {
            Graphics2D g2 = (Graphics2D) g.create();
            try {
                g2.setPaint(paintFor(box));
                g2.fill(box);
            } finally {
                g2.dispose();
            }
        }

        private java.awt.Paint paintFor(Rectangle2D box) {
            if (!gradient) {
                return colours.get(0);
            }
            List<Color> stops =
                    colours.size() == 1 ? List.of(shade(colours.get(0), 1.12f), shade(colours.get(0), 0.86f)) : colours;
            double radians = Math.toRadians(angle);
            double cx = box.getCenterX();
            double cy = box.getCenterY();
            double half =
                    (Math.abs(Math.cos(radians)) * box.getWidth() + Math.abs(Math.sin(radians)) * box.getHeight()) / 2;
            Point2D start = new Point2D.Double(cx - Math.cos(radians) * half, cy + Math.sin(radians) * half);
            Point2D end = new Point2D.Double(cx + Math.cos(radians) * half, cy - Math.sin(radians) * half);
            if (start.distance(end) < 1) {
                end = new Point2D.Double(start.getX() + 1, start.getY());
            }
            float[] fractions = new float[stops.size()];
            for (int i = 0; i < fractions.length; i++) {
                fractions[i] = (float) i / (fractions.length - 1);
            }
            return new LinearGradientPaint(start, end, fractions, stops.toArray(new Color[0]));
        }

        private static Color shade(Color colour, float factor) {
            float[] hsb = Color.RGBtoHSB(colour.getRed(), colour.getGreen(), colour.getBlue(), null);
            Color rgb = Color.getHSBColor(hsb[0], hsb[1], Math.max(0, Math.min(1, hsb[2] * factor)));
            return new Color(rgb.getRed(), rgb.getGreen(), rgb.getBlue(), colour.getAlpha());
        }
    }

    /** Text or an emoji drawn as large as fits ({@code text=…}). */
    record Glyph(String text) implements Artwork {
        @Override
        public double width() {
            return 100;
        }

        @Override
        public double height() {
            return 100;
        }

        @Override
        public void paint(Graphics2D g, Rectangle2D box) {
            Graphics2D g2 = (Graphics2D) g.create();
            try {
                g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                g2.setColor(Look.foreground());
                Font base = Fonts.inter(FontWeight.REGULAR, 100f);
                FontMetrics metrics = g2.getFontMetrics(base);
                Rectangle2D bounds = metrics.getStringBounds(text, g2);
                double scale = Math.min(box.getWidth() / bounds.getWidth(), box.getHeight() / bounds.getHeight());
                Font font = base.deriveFont((float) (100 * scale));
                g2.setFont(font);
                FontMetrics fitted = g2.getFontMetrics();
                Rectangle2D b = fitted.getStringBounds(text, g2);
                float x = (float) (box.getCenterX() - b.getWidth() / 2);
                float y = (float) (box.getCenterY() - b.getHeight() / 2 + fitted.getAscent());
                g2.drawString(text, x, y);
            } finally {
                g2.dispose();
            }
        }
    }
}
