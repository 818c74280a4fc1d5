package org.escrowbootstrap.ui;

import java.awt.BorderLayout;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;
import org.escrowbootstrap.model.FontWeight;
import org.escrowbootstrap.model.Picture;

/**
 * The images of {@code --image} above the message: one at a time, fitted and with rounded corners as swiftDialog
 * draws them, its caption under it, and with several images a previous and a next button to turn through them.
 *
 * <p>Named for tests: {@code images}, {@code image.caption}, {@code image.previous}, {@code image.next}.
 */
final class ImageCarousel extends JPanel {

    private final List<Picture> pictures;
    private final List<CompletableFuture<Artwork>> artwork = new ArrayList<>();
    private final JLabel caption = new MeasuredLabel(" ");
    private final Canvas canvas = new Canvas();
    private int shown;

    ImageCarousel(List<Picture> pictures, ScreenImages images) {
        super(new BorderLayout(0, 4));
        this.pictures = List.copyOf(pictures);
        setName("images");
        setOpaque(false);
        for (Picture picture : this.pictures) {
            CompletableFuture<Artwork> loading = images.listIcon(picture.image());
            loading.thenRun(() -> SwingUtilities.invokeLater(canvas::repaint));
            artwork.add(loading);
        }
        add(canvas, BorderLayout.CENTER);
        JPanel bottom = new JPanel(new MigLayout("insets 0, gap 6, fillx", "[][grow, center][]", "[center]"));
        bottom.setOpaque(false);
        caption.setName("image.caption");
        caption.setHorizontalAlignment(SwingConstants.CENTER);
        caption.setFont(Fonts.inter(FontWeight.REGULAR, Look.number("imageCaption.size", 13)));
        caption.setForeground(Look.secondary());
        if (this.pictures.size() > 1) {
            bottom.add(turn("\u2039", "image.previous", -1));
            bottom.add(caption, "growx, wmin 0");
            bottom.add(turn("\u203A", "image.next", 1));
        } else {
            bottom.add(caption, "span, growx, wmin 0");
        }
        add(bottom, BorderLayout.SOUTH);
        show(0);
    }

    private JButton turn(String arrow, String name, int step) {
        JButton button = new JButton(arrow);
        button.setName(name);
        button.getAccessibleContext().setAccessibleName(step < 0 ? "Previous image" : "Next image");
        button.setFocusable(false); // Return and Esc stay with the dialog's buttons
        button.addActionListener(e -> show(shown + step));
        return button;
    }

    /** Shows the image at {@code index}, turning round at either end. */
    void show(int index) {
        shown = Math.floorMod(index, pictures.size());
        String text = pictures.get(shown).caption();
        caption.setText(text == null ? " " : text);
        canvas.getAccessibleContext()
                .setAccessibleName(
                        "Image " + (shown + 1) + " of " + pictures.size() + (text == null ? "" : ": " + text));
        canvas.repaint();
    }

    int shown() {
        return shown;
    }

    /** Paints the shown image fitted into its room, corners rounded. */
    private final class Canvas extends JPanel {
        Canvas() {
            super(null);
            setName("image.canvas");
            setOpaque(false);
        }

        @Override
        protected void paintComponent(Graphics g) {
            Artwork picture = artwork.get(shown).getNow(null);
            if (picture == null || getWidth() <= 0 || getHeight() <= 0) {
                return;
            }
            Graphics2D g2 = (Graphics2D) g.create();
            try {
                g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
                Rectangle2D box = picture.fitInto(new Rectangle2D.Double(0, 0, getWidth(), getHeight()));
                g2.clip(new RoundRectangle2D.Double(box.getX(), box.getY(), box.getWidth(), box.getHeight(), 20, 20));
                picture.paint(g2, box);
            } finally {
                g2.dispose();
            }
        }
    }
}
