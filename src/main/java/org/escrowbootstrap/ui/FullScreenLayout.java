package org.escrowbootstrap.ui;

import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.GradientPaint;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
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
import org.escrowbootstrap.model.TextStyle;

/**
 * swiftDialog's full-screen view ({@code --fullscreen}): on a dark gradient filling the screen, the banner (with a
 * rule under it), the title at twice its size, then the pictures, or else the icon and the message in white at 40
 * points (60 and four times the title on a screen taller than 1440 points), and the timer's bar. No buttons are
 * drawn: the button bar is there, hidden but for its timer, so that Return, Esc and the quit key act as on any
 * screen.
 *
 * <p>Named for tests: {@code fullscreen}, {@code fullscreen.banner}.
 */
final class FullScreenLayout {

    /** Above this height swiftDialog's full screen draws everything larger still. */
    static final int TALL_SCREEN = 1440;

    final JPanel body;
    final MessagePane message;

    FullScreenLayout(
            DialogSpec spec,
            ScreenImages images,
            Dimension screen,
            Consumer<URI> links,
            UiWords words,
            ButtonBar buttons) {
        DialogSpec large = large(spec, screen);
        body = new Backdrop();
        body.setLayout(new MigLayout("insets 20 20 20 20, gap 0, wrap 1, fill, hidemode 3", "[grow, center]"));
        body.setName("fullscreen");
        if (spec.hasBanner()) {
            int width = (int) Math.round(screen.width * 0.95);
            body.add(new Banner(images.banner, width, (int) Math.round(screen.height * 0.10)), "gaptop 10");
            body.add(new Rule(width), "gaptop 20, gapbottom 20");
        }
        if (spec.title() != null && !spec.title().isBlank()) {
            TitleArea title = new TitleArea(large, screen.width - 40); // within the body's insets
            for (Component part : title.getComponents()) {
                part.setVisible(!"divider".equals(part.getName())); // no rule under the title here
            }
            body.add(title, "growx, gaptop 30, gapbottom 30");
        }
        if (!spec.shownImages().isEmpty()) {
            message = null;
            body.add(new ImageCarousel(spec.shownImages(), images), "grow, push, hmin 100");
        } else {
            IconSpec icon = large.icon();
            if (icon.visible()
                    && !(icon.icon() instanceof ImageRef.Builtin builtin
                            && builtin.name().equals("default"))) {
                body.add(new IconView(icon, icon.size(), images.icon, images.overlay), "gaptop 40, gapbottom 40");
            } else {
                body.add(new JPanel(null) {
                    {
                        setOpaque(false);
                        setPreferredSize(new Dimension(1, 2 * 70));
                    }
                });
            }
            if (spec.message() != null && !spec.message().isBlank()) {
                message = new MessagePane(large, ScreenText.onDemand().message(large), links);
                message.text().getAccessibleContext().setAccessibleName(words.get("name.message"));
                body.add(message, "grow, push, wmax " + (int) Math.round(screen.width * 0.9) + ", hmin 0, gaptop 20");
            } else {
                message = null;
            }
        }
        boolean timer = buttons.timer() != null;
        for (Component part : buttons.getComponents()) {
            part.setVisible(part == buttons.timer());
        }
        buttons.setVisible(timer);
        body.add(buttons, "growx, gaptop 10");
    }

    /** The spec drawn large and light, as swiftDialog's full-screen view sizes its title, icon and message. */
    static DialogSpec large(DialogSpec spec, Dimension screen) {
        boolean tall = screen.height > TALL_SCREEN;
        TextStyle title = spec.titleStyle();
        float titleSize = title.size() != null ? title.size() : Look.size("title.size", 30);
        title = title.withSize(titleSize * (tall ? 4 : 2));
        if (title.colour() == null) {
            title = title.withColour(Colour.rgb(0xFFFFFF)); // the default dark text would vanish on the dark ground
        }
        TextStyle message = spec.messageStyle().withSize(tall ? 60f : 40f).withColour(Colour.rgb(0xFFFFFF));
        IconSpec icon = spec.icon();
        int side = Math.max(120, screen.height / 3 - 80); // the icon fills its third of the screen, less its padding
        return spec.toBuilder()
                .titleStyle(title)
                .messageStyle(message)
                .icon(new IconSpec(
                        icon.icon(), icon.overlay(), side, icon.hidden(), true, icon.altText(), icon.alpha()))
                .build();
    }

    /** swiftDialog's ground: a dark slate at the top fading to black at the foot. */
    private static final class Backdrop extends JPanel {
        Backdrop() {
            setOpaque(true);
            setBackground(Color.BLACK);
        }

        @Override
        protected void paintComponent(Graphics g) {
            Graphics2D g2 = (Graphics2D) g.create();
            try {
                g2.setPaint(new GradientPaint(0, 0, new Color(0x252535), 0, getHeight(), Color.BLACK));
                g2.fillRect(0, 0, getWidth(), getHeight());
            } finally {
                g2.dispose();
            }
        }
    }

    /** The banner, scaled to fit its box, with rounded corners. */
    private static final class Banner extends JComponent {
        private final CompletableFuture<Artwork> artwork;

        Banner(CompletableFuture<Artwork> artwork, int width, int height) {
            this.artwork = artwork;
            setName("fullscreen.banner");
            setPreferredSize(new Dimension(width, height));
            artwork.thenRun(() -> SwingUtilities.invokeLater(this::repaint));
        }

        @Override
        protected void paintComponent(Graphics g) {
            Artwork picture = artwork.getNow(null);
            if (picture == null) {
                return;
            }
            Graphics2D g2 = (Graphics2D) g.create();
            try {
                g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
                Rectangle2D box = picture.width() > 0 && picture.height() > 0
                        ? picture.fitInto(new Rectangle2D.Double(0, 0, getWidth(), getHeight()))
                        : new Rectangle2D.Double(0, 0, getWidth(), getHeight());
                g2.clip(new RoundRectangle2D.Double(box.getX(), box.getY(), box.getWidth(), box.getHeight(), 30, 30));
                picture.paint(g2, box);
            } finally {
                g2.dispose();
            }
        }
    }

    /** The grey rule under the banner. */
    private static final class Rule extends JComponent {
        Rule(int width) {
            setPreferredSize(new Dimension(width, 2));
        }

        @Override
        protected void paintComponent(Graphics g) {
            g.setColor(new Color(128, 128, 128, 128));
            g.fillRect(0, 0, getWidth(), 2);
        }
    }
}
