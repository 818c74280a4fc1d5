package org.escrowbootstrap.ui;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.concurrent.CompletableFuture;
import javax.accessibility.AccessibleContext;
import javax.accessibility.AccessibleRole;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;
import org.escrowbootstrap.model.IconSpec;
import org.escrowbootstrap.model.ImageRef;

/**
 * The large icon with its overlay badge, as swiftDialog lays them out: with an overlay the icon shrinks to 88 %
 * (anchored top-left) and the overlay takes 40 % at the bottom-right; an SF Symbol overlay sits on a light
 * rounded square unless its background is {@code none}.
 */
final class IconView extends JComponent {

    private final IconSpec spec;
    private final CompletableFuture<Artwork> icon;
    private final CompletableFuture<Artwork> overlay;
    private final int side;

    /** The icon at {@code side} points rather than the spec's size: smaller in a narrow window. */
    IconView(IconSpec spec, int side, CompletableFuture<Artwork> icon, CompletableFuture<Artwork> overlay) {
        this.spec = spec;
        this.side = side;
        this.icon = icon;
        this.overlay = overlay;
        setName("icon");
        setOpaque(false);
        setFocusable(false);
        getAccessibleContext().setAccessibleName(spec.altText());
        CompletableFuture.allOf(icon, overlay).whenComplete((done, error) -> SwingUtilities.invokeLater(this::repaint));
    }

    @Override
    public Dimension getPreferredSize() {
        return new Dimension(side, side);
    }

    /**
     * As wide as its side; in a window too short for it, it paints smaller rather than be cut, down to {@link
     * #LEAST} points (what scrolls gives way after that).
     */
    @Override
    public Dimension getMinimumSize() {
        return new Dimension(side, Math.min(side, LEAST));
    }

    static final int LEAST = 48;

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            double pad = Look.size("icon.framePad", 10);
            double side = Math.min(getWidth(), getHeight()) - 2 * pad;
            Rectangle2D box = new Rectangle2D.Double(pad, pad, side, side);
            Artwork main = icon.getNow(null);
            Artwork badge = overlay.getNow(null);
            boolean hasOverlay = !spec.overlay().isNone();
            if (main != null) {
                Rectangle2D mainBox = box;
                if (spec.icon() instanceof ImageRef.Symbol) {
                    double inset = Look.size("symbol.framePad", 10);
                    mainBox = inset(mainBox, inset);
                }
                if (hasOverlay) {
                    double scale = Look.number("icon.scaleWithOverlay", 0.88f);
                    mainBox = new Rectangle2D.Double(
                            mainBox.getX(), mainBox.getY(), mainBox.getWidth() * scale, mainBox.getHeight() * scale);
                }
                paintMain(g2, main, main.fitInto(mainBox));
            }
            if (badge != null) {
                double scale = Look.number("overlay.scale", 0.4f);
                double s = side * scale;
                Rectangle2D badgeBox = new Rectangle2D.Double(box.getMaxX() - s, box.getMaxY() - s, s, s);
                if (spec.overlay() instanceof ImageRef.Symbol symbol && !Symbols.isClear(symbol.background())) {
                    Color background = symbol.background() != null
                            ? Look.resolve(symbol.background())
                            : Look.colour("overlay.background", new Color(0xF1F1F1));
                    paintBadgeSquare(g2, inset(badgeBox, s * 0.06), background);
                    badgeBox = inset(badgeBox, s * (1 - Look.number("overlay.symbolScale", 0.62f)) / 2);
                }
                badge.paint(g2, badge.fitInto(badgeBox));
            }
        } finally {
            g2.dispose();
        }
    }

    /**
     * The icon at the spec's opacity: drawn into a layer at the device's scale first, because a picture may set its
     * own transparency (an SVG's opacity) and would override a composite set here.
     */
    private void paintMain(Graphics2D g, Artwork main, Rectangle2D box) {
        double alpha = spec.alpha();
        if (alpha >= 1) {
            main.paint(g, box);
            return;
        }
        if (alpha <= 0) {
            return;
        }
        double scale = Math.max(1, g.getTransform().getScaleX());
        int w = (int) Math.ceil(box.getWidth() * scale);
        int h = (int) Math.ceil(box.getHeight() * scale);
        if (w <= 0 || h <= 0) {
            return;
        }
        BufferedImage layer = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D lg = layer.createGraphics();
        lg.setRenderingHints(g.getRenderingHints());
        lg.scale(scale, scale);
        main.paint(lg, new Rectangle2D.Double(0, 0, box.getWidth(), box.getHeight()));
        lg.dispose();
        Graphics2D faded = (Graphics2D) g.create();
        faded.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) alpha));
        faded.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        faded.translate(box.getX(), box.getY());
        faded.scale(1 / scale, 1 / scale);
        faded.drawImage(layer, 0, 0, null);
        faded.dispose();
    }

    private static void paintBadgeSquare(Graphics2D g, Rectangle2D square, Color background) {
        double arc = Look.size("overlay.arc", 10) * square.getWidth() / 54.0;
        Color shadow = Look.colour("overlay.shadow", new Color(0, 0, 0, 0x30));
        // A soft shadow down and to the right gives the square some lift, most visible in dark mode.
        for (int i = 3; i >= 1; i--) {
            g.setColor(new Color(shadow.getRed(), shadow.getGreen(), shadow.getBlue(), shadow.getAlpha() / (i + 1)));
            g.fill(new RoundRectangle2D.Double(
                    square.getX() + 0.5 * i,
                    square.getY() + i,
                    square.getWidth(),
                    square.getHeight(),
                    arc + i,
                    arc + i));
        }
        g.setColor(new Color(
                background.getRed(),
                background.getGreen(),
                background.getBlue(),
                Math.round(background.getAlpha() * 0.9f)));
        g.fill(new RoundRectangle2D.Double(
                square.getX(), square.getY(), square.getWidth(), square.getHeight(), arc, arc));
    }

    private static Rectangle2D inset(Rectangle2D box, double by) {
        return new Rectangle2D.Double(
                box.getX() + by, box.getY() + by, box.getWidth() - 2 * by, box.getHeight() - 2 * by);
    }

    @Override
    public AccessibleContext getAccessibleContext() {
        if (accessibleContext == null) {
            accessibleContext = new AccessibleJComponent() {
                @Override
                public AccessibleRole getAccessibleRole() {
                    return AccessibleRole.ICON;
                }
            };
        }
        return accessibleContext;
    }
}
