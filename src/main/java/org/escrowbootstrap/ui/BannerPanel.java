package org.escrowbootstrap.ui;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.concurrent.CompletableFuture;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;
import org.escrowbootstrap.model.Alignment;
import org.escrowbootstrap.model.DialogSpec;
import org.escrowbootstrap.model.FontWeight;

/**
 * The banner across the top: an image filling the width (cropped from the top-left) or a colour or gradient,
 * with the title and subtitle over it when the spec asks for a banner title.
 */
final class BannerPanel extends JPanel {

    private final CompletableFuture<Artwork> artwork;
    private final int exactHeight;
    private final int windowWidth;

    BannerPanel(DialogSpec spec, CompletableFuture<Artwork> artwork, int windowWidth) {
        super(new MigLayout("fill, insets 0 20 0 20, gap 0, wrap 1", "[grow, fill]", "push[][]push"));
        this.artwork = artwork;
        this.exactHeight = spec.bannerHeight();
        this.windowWidth = windowWidth;
        setName("banner");
        setOpaque(true);
        setBackground(Look.colour("banner.defaultColour", new Color(0x1F3A5F)));
        getAccessibleContext().setAccessibleName(spec.bannerTitle() ? spec.title() : "Banner");
        if (spec.bannerTitle()) {
            addTitles(spec);
        }
        artwork.thenRun(() -> SwingUtilities.invokeLater(() -> {
            revalidate();
            repaint();
        }));
    }

    private void addTitles(DialogSpec spec) {
        var style = spec.titleStyle();
        float size = style.size() != null ? style.size() : Look.size("title.size", 30);
        Alignment alignment = style.alignment() != null ? style.alignment() : Alignment.CENTRE;
        int offset = style.offset() != null ? style.offset() : 0;
        Color colour = style.colour() != null
                ? Look.resolve(style.colour())
                : Look.colour("banner.titleForeground", Color.WHITE);
        Color shadow = style.shadow() ? Look.colour("banner.shadow", new Color(0, 0, 0, 0x66)) : null;
        TextLine title =
                new TextLine(spec.title(), Fonts.of(style, size, FontWeight.BOLD), colour, alignment, offset, shadow);
        title.setName("bannerTitle");
        int room = windowWidth - 40; // the layout's insets, 20 each side
        title.wrapAt(room);
        title.shrinkToLines(2, Math.max(Look.size("title.leastSize", 16), size * 0.6f));
        add(title);
        if (spec.subtitle() != null && !spec.subtitle().isBlank()) {
            float subtitleSize = Math.max(11f, size * Look.number("banner.subtitleScale", 0.5f));
            Color subtitleColour = style.colour() != null
                    ? Look.resolve(style.colour())
                    : Look.colour("banner.subtitleForeground", new Color(255, 255, 255, 0xD0));
            TextLine subtitle = new TextLine(
                    spec.subtitle(),
                    Fonts.of(style.fontName(), FontWeight.REGULAR, subtitleSize),
                    subtitleColour,
                    alignment,
                    offset,
                    shadow);
            subtitle.setName("bannerSubtitle");
            subtitle.wrapAt(room);
            add(subtitle);
        }
    }

    @Override
    public Dimension getPreferredSize() {
        return new Dimension(windowWidth, shownHeight());
    }

    @Override
    public Dimension getMinimumSize() {
        return new Dimension(0, shownHeight());
    }

    /** The banner's height, taller when its title wraps onto more lines than that holds. */
    private int shownHeight() {
        int titles = getComponentCount() == 0 ? 0 : getLayout().preferredLayoutSize(this).height;
        return Math.max(bannerHeight(), titles + 2 * Look.size("banner.titleGap", 8));
    }

    /** The spec's exact height, else the image's own at the window's width kept within 100–130, else the default. */
    int bannerHeight() {
        if (exactHeight > 0) {
            return exactHeight;
        }
        int fallback = Look.size("banner.height", 120);
        Artwork art = artwork.getNow(null);
        if (art == null || art.width() <= 0 || art.height() <= 0) {
            return fallback;
        }
        int natural = (int) Math.round(art.height() * windowWidth / art.width());
        return Math.max(Look.size("banner.minHeight", 100), Math.min(Look.size("banner.maxHeight", 130), natural));
    }

    @Override
    protected void paintComponent(Graphics g) {
        super.paintComponent(g);
        Artwork art = artwork.getNow(null);
        if (art != null) {
            art.paintCover((Graphics2D) g, new Rectangle2D.Double(0, 0, getWidth(), getHeight()));
        }
    }
}
