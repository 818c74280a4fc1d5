package org.escrowbootstrap.ui;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.escrowbootstrap.model.FontWeight;
import org.escrowbootstrap.model.ImageRef;
import org.escrowbootstrap.model.Notification;

/**
 * Draws a notification as a banner card, for {@code dialog --notification --screenshot FILE.png}: admins preview
 * what they send without posting it. A likeness of a desktop notification (a rounded card with the icon on the
 * left, the title in bold, the subtitle, the message in up to four lines), not a copy of any one system's.
 */
public final class NotificationBanner {

    /** The card's width in points, about a macOS banner's. */
    static final int WIDTH = 360;

    private static final int PAD = 14;
    private static final int ICON = 38;
    private static final int MARGIN = 10; // transparent room around the card for its shadow
    private static final int MAX_MESSAGE_LINES = 4;
    private static final float TEXT_SIZE = 13f;
    private static final Color CARD = new Color(0xF5F5F7);
    private static final Color EDGE = new Color(0, 0, 0, 30);
    private static final Color TEXT = new Color(0x1D1D1F);
    private static final Color SECONDARY = new Color(0x3C3C43);

    private NotificationBanner() {}

    /** Draws {@code notification} into a PNG at {@link DialogRenderer#SCALE}; never throws for bad input. */
    public static RenderResult renderPng(Notification notification, Path file, Consumer<String> warnings) {
        return DialogRenderer.writePng(render(notification, DialogRenderer.SCALE, warnings), file);
    }

    /** The banner drawn {@code scale} times its size in points, on a transparent background. */
    static BufferedImage render(Notification notification, double scale, Consumer<String> warnings) {
        Warmup.forDisplay();
        Artwork icon = new ImageLoader(warnings).load(pictureOf(notification), ImageLoader.Slot.ICON);
        Font bold = Fonts.inter(FontWeight.SEMIBOLD, TEXT_SIZE);
        Font regular = Fonts.inter(FontWeight.REGULAR, TEXT_SIZE);
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        Graphics2D measure = probe.createGraphics();
        int textWidth = WIDTH - 3 * PAD - ICON;
        List<String> titleLines = wrap(notification.title(), measure.getFontMetrics(bold), textWidth, 2);
        List<String> subtitleLines = notification.subtitle() == null
                ? List.of()
                : wrap(notification.subtitle(), measure.getFontMetrics(regular), textWidth, 1);
        List<String> messageLines =
                wrap(notification.message(), measure.getFontMetrics(regular), textWidth, MAX_MESSAGE_LINES);
        int lineHeight = measure.getFontMetrics(regular).getHeight();
        measure.dispose();
        int lines = titleLines.size() + subtitleLines.size() + messageLines.size();
        int cardHeight = Math.max(ICON, lines * lineHeight) + 2 * PAD;
        int width = WIDTH + 2 * MARGIN;
        int height = cardHeight + 2 * MARGIN;
        PngFile.Canvas canvas = PngFile.canvas(width, height, scale);
        Graphics2D g = canvas.graphics();
        try {
            for (int i = 4; i > 0; i--) { // a soft shadow: a few widening, fainter outlines
                g.setColor(new Color(0, 0, 0, 6));
                g.fill(new RoundRectangle2D.Double(
                        MARGIN - i, MARGIN - i + 2, WIDTH + 2 * i, cardHeight + 2 * i, 20, 20));
            }
            RoundRectangle2D card = new RoundRectangle2D.Double(MARGIN, MARGIN, WIDTH, cardHeight, 18, 18);
            g.setColor(CARD);
            g.fill(card);
            g.setColor(EDGE);
            g.draw(card);
            if (icon != null) {
                Rectangle2D box = new Rectangle2D.Double(MARGIN + PAD, MARGIN + (cardHeight - ICON) / 2.0, ICON, ICON);
                icon.paint(g, icon.fitInto(box));
            }
            float x = MARGIN + 2 * PAD + ICON;
            float y = MARGIN + PAD + (cardHeight - 2 * PAD - lines * lineHeight) / 2f;
            y = draw(g, titleLines, bold, TEXT, x, y, lineHeight);
            y = draw(g, subtitleLines, regular, TEXT, x, y, lineHeight);
            draw(g, messageLines, regular, SECONDARY, x, y, lineHeight);
        } finally {
            g.dispose();
        }
        return canvas.image();
    }

    /** The notification's icon; without one, swiftDialog's notifications show the app's icon, ours the default. */
    private static ImageRef pictureOf(Notification notification) {
        return notification.icon().isNone() ? new ImageRef.Builtin("default") : notification.icon();
    }

    private static float draw(Graphics2D g, List<String> lines, Font font, Color colour, float x, float y, int step) {
        g.setFont(font);
        g.setColor(colour);
        FontMetrics metrics = g.getFontMetrics();
        for (String line : lines) {
            g.drawString(line, x, y + metrics.getAscent());
            y += step;
        }
        return y;
    }

    /**
     * {@code text} broken at spaces (and at its own new lines) into lines that fit {@code width}, at most {@code max}
     * of them, the last ending in an ellipsis when text is left over.
     */
    static List<String> wrap(String text, FontMetrics metrics, int width, int max) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return lines;
        }
        for (String paragraph : text.strip().split("\n")) {
            String line = "";
            for (String word : paragraph.strip().split(" +")) {
                String tried = line.isEmpty() ? word : line + " " + word;
                if (line.isEmpty() || metrics.stringWidth(tried) <= width) {
                    line = tried;
                } else {
                    lines.add(line);
                    line = word;
                }
            }
            lines.add(line);
        }
        if (lines.size() <= max) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, max));
        String end = kept.get(max - 1);
        while (!end.isEmpty() && metrics.stringWidth(end + "…") > width) {
            end = end.substring(0, end.length() - 1);
        }
        kept.set(max - 1, end.stripTrailing() + "…");
        return kept;
    }
}
