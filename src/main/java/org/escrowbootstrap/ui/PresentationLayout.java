package org.escrowbootstrap.ui;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;
import org.escrowbootstrap.model.Colour;
import org.escrowbootstrap.model.DialogSpec;
import org.escrowbootstrap.model.IconSpec;
import org.escrowbootstrap.model.ImageRef;

/**
 * swiftDialog's presentation layout ({@code --presentation}), for a task on display rather than a question: no
 * title; the left third a panel in the accent colour with the info box (and an icon named by {@code --icon} at its
 * top), or the first picture filling it; the right two thirds the list, or else the message; across the foot the
 * progress bar with its line, then the buttons.
 *
 * <p>The parts are the usual components ({@link MessagePane}, {@link ListPanel}, {@link ButtonBar}), so live updates
 * change them as on any screen. Named for tests: {@code presentation.side}, {@code presentation.picture}.
 */
final class PresentationLayout {

    /** The share of the width the side panel takes, as swiftDialog's. */
    static final double SIDE_SHARE = 0.3;

    final JPanel body;
    final MessagePane message;
    final ListPanel list;

    PresentationLayout(
            DialogSpec spec,
            ScreenImages images,
            ScreenText text,
            Dimension size,
            Consumer<URI> links,
            UiWords words,
            JPanel progressSlot,
            ButtonBar buttons) {
        int side = (int) Math.round(size.width * SIDE_SHARE);
        int pad = Look.size("presentation.padding", 15);
        body = new JPanel(new MigLayout(
                "insets 0, gap 0, fill, hidemode 3", "[" + side + "!][grow, fill]", "[0:pref, grow, fill][pref!]"));
        body.setName("body");
        body.setOpaque(false);
        body.add(side(spec, images, text, links, words, side, pad), "grow, hmin 0");
        if (spec.list().visible()) {
            list = new ListPanel(spec, images);
            message = null;
            body.add(list, "grow, hmin 0, gap " + pad + " " + pad + " " + pad + " " + pad + ", wrap");
        } else {
            list = null;
            message = spec.message() == null || spec.message().isBlank()
                    ? null
                    : new MessagePane(spec, text.message(spec), links);
            JComponent right = message;
            if (message != null) {
                message.text().getAccessibleContext().setAccessibleName(words.get("name.message"));
            } else {
                right = new JPanel(null);
                right.setName("messageSpace");
                right.setOpaque(false);
            }
            body.add(right, "grow, hmin 0, gap " + pad + " " + pad + " " + pad + " " + pad + ", wrap");
        }
        JPanel foot = new JPanel(new MigLayout("insets 6 16 15 16, gap 0, wrap 1, fillx", "[grow, fill]"));
        foot.setName("presentation.foot");
        foot.setOpaque(false);
        progressSlot.setName("progressSlot");
        progressSlot.setOpaque(false);
        foot.add(progressSlot, "growx");
        foot.add(buttons, "growx, gaptop " + Look.size("buttons.topGap", 6));
        body.add(foot, "span, growx");
    }

    /** The left third: the first picture filling it, or the accent panel with the icon and the info box. */
    private static JComponent side(
            DialogSpec spec,
            ScreenImages images,
            ScreenText text,
            Consumer<URI> links,
            UiWords words,
            int width,
            int pad) {
        if (!spec.shownImages().isEmpty()) {
            return new Picture(images.listIcon(spec.shownImages().get(0).image()));
        }
        Color colour = panelColour(spec);
        JPanel panel = new AccentPanel(colour);
        panel.setLayout(new MigLayout(
                "insets " + pad + ", gap 0, wrap 1, hidemode 3", "[" + Math.max(1, width - 2 * pad) + "!, left]", ""));
        IconSpec icon = spec.icon();
        boolean named = icon.visible()
                && !(icon.icon() instanceof ImageRef.Builtin builtin
                        && builtin.name().equals("default"));
        if (named) {
            IconView view = new IconView(icon, icon.size(), images.icon, images.overlay);
            panel.add(view, "gapbottom " + pad);
        }
        if (spec.infoBox() != null && !spec.infoBox().isBlank()) {
            ScreenText.Text info = text.infoBox(spec);
            MarkdownView.Style base = info.style();
            // as swiftDialog: white on a dark panel, black on a light one
            Color ink = ink(colour);
            MarkdownView.Style style = new MarkdownView.Style(
                    // the same size as the message, as swiftDialog's
                    base.font()
                            .deriveFont(
                                    spec.messageStyle().size() != null
                                            ? spec.messageStyle().size()
                                            : Look.number("message.size", 20)),
                    ink,
                    ink,
                    base.divider(),
                    base.codeBackground(),
                    base.tableBorder(),
                    base.lineHeight(),
                    base.alignment(),
                    base.headingScale(),
                    base.headingGap(),
                    base.rulesUnderHeadings());
            MarkdownText markdown = MarkdownView.create(info.parsed(), style, links);
            markdown.wrapAt(Math.max(1, width - 2 * pad));
            JComponent box = markdown.component();
            box.setName("infoBox");
            box.getAccessibleContext().setAccessibleName(words.get("name.information"));
            box.setFocusable(info.parsed().hasLink());
            panel.add(box, "growx");
        }
        return panel;
    }

    /** The colour text and a colourless symbol take on the side panel: white on a dark accent, black on a light one. */
    static Colour panelInk(DialogSpec spec) {
        return Colour.rgb(ink(panelColour(spec)).getRGB() & 0xFFFFFF);
    }

    /** The accent colour, or the first colour of a {@code --background colour=} fill, as swiftDialog's panel. */
    private static Color panelColour(DialogSpec spec) {
        return spec.watermark().image() instanceof ImageRef.Fill fill
                        && !fill.colours().isEmpty()
                ? Look.resolve(fill.colours().get(0))
                : Look.accent();
    }

    private static Color ink(Color panel) {
        return luminance(panel) < 0.5 ? Color.WHITE : Color.BLACK;
    }

    private static double luminance(Color c) {
        return (0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue()) / 255;
    }

    /** The accent colour with swiftDialog's faint light-to-dark sheen from top to bottom. */
    private static final class AccentPanel extends JPanel {
        private final Color colour;

        AccentPanel(Color colour) {
            this.colour = colour;
            setName("presentation.side");
            setOpaque(true);
            setBackground(colour);
        }

        @Override
        protected void paintComponent(Graphics g) {
            super.paintComponent(g);
            if (getHeight() <= 0) {
                return;
            }
            Graphics2D g2 = (Graphics2D) g.create();
            try {
                // white at a tenth of the height, the colour at four tenths, black near the foot, all at 15 %
                g2.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.15f));
                g2.setPaint(new LinearGradientPaint(0, 0, 0, getHeight(), new float[] {0.1f, 0.4f, 0.95f}, new Color[] {
                    Color.WHITE, colour, Color.BLACK
                }));
                g2.fillRect(0, 0, getWidth(), getHeight());
            } finally {
                g2.dispose();
            }
        }
    }

    /** The first picture, filling the side panel and cropped to it, as swiftDialog's presentation draws it. */
    private static final class Picture extends JPanel {
        private final CompletableFuture<Artwork> artwork;

        Picture(CompletableFuture<Artwork> artwork) {
            super(null);
            this.artwork = artwork;
            setName("presentation.picture");
            setOpaque(false);
            artwork.thenRun(() -> SwingUtilities.invokeLater(this::repaint));
        }

        @Override
        protected void paintComponent(Graphics g) {
            Artwork picture = artwork.getNow(null);
            if (picture == null || getWidth() <= 0 || getHeight() <= 0) {
                return;
            }
            Graphics2D g2 = (Graphics2D) g.create();
            try {
                g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
                g2.clip(new Rectangle2D.Double(0, 0, getWidth(), getHeight()));
                if (picture.width() <= 0 || picture.height() <= 0) {
                    picture.paint(g2, new Rectangle2D.Double(0, 0, getWidth(), getHeight()));
                    return;
                }
                // covers the panel, centred and cropped (a portrait picture suits it best)
                double scale = Math.max(getWidth() / picture.width(), getHeight() / picture.height());
                double w = picture.width() * scale;
                double h = picture.height() * scale;
                picture.paint(g2, new Rectangle2D.Double((getWidth() - w) / 2, (getHeight() - h) / 2, w, h));
            } finally {
                g2.dispose();
            }
        }
    }
}
