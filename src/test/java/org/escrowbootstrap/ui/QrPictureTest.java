package org.escrowbootstrap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.nayuki.qrcodegen.QrCode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.escrowbootstrap.model.Buttons;
import org.escrowbootstrap.model.DialogSpec;
import org.escrowbootstrap.model.IconSpec;
import org.escrowbootstrap.model.ImageRef;
import org.junit.jupiter.api.Test;

class QrPictureTest {

    private static final String URL = "https://github.com/swiftDialog/swiftDialog";

    private static boolean dark(BufferedImage image, int x, int y) {
        Color c = new Color(image.getRGB(x, y));
        return c.getRed() < 80 && c.getGreen() < 80 && c.getBlue() < 80;
    }

    /** Whether each module centre of the code drawn in {@code area} is dark exactly where the library's module is. */
    private static List<String> mismatches(BufferedImage image, Rectangle area, QrCode code) {
        List<String> wrong = new ArrayList<>();
        double module = area.getWidth() / code.size;
        for (int y = 0; y < code.size; y++) {
            for (int x = 0; x < code.size; x++) {
                int px = (int) (area.x + (x + 0.5) * module);
                int py = (int) (area.y + (y + 0.5) * module);
                if (dark(image, px, py) != code.getModule(x, y)) {
                    wrong.add(x + "," + y);
                }
            }
        }
        return wrong;
    }

    /** The smallest rectangle holding every dark pixel. */
    private static Rectangle darkBounds(BufferedImage image) {
        Rectangle bounds = null;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (dark(image, x, y)) {
                    Rectangle pixel = new Rectangle(x, y, 1, 1);
                    bounds = bounds == null ? pixel : bounds.union(pixel);
                }
            }
        }
        return bounds;
    }

    @Test
    void drawnModules_matchTheLibrarysMatrix_insideALightBorder() {
        QrCode code = QrPicture.encode(URL);
        Artwork picture = QrPicture.of(URL);
        int scale = 6;
        int side = (code.size + 2 * QrPicture.BORDER) * scale;
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        picture.paint(g, new Rectangle2D.Double(0, 0, side, side));
        g.dispose();

        assertThat(picture.width()).isEqualTo(picture.height()).isEqualTo(code.size + 2.0 * QrPicture.BORDER);
        int offset = QrPicture.BORDER * scale;
        assertThat(mismatches(image, new Rectangle(offset, offset, code.size * scale, code.size * scale), code))
                .isEmpty();
        assertThat(darkBounds(image)).isEqualTo(new Rectangle(offset, offset, code.size * scale, code.size * scale));
        assertThat(new Color(image.getRGB(1, 1))).isEqualTo(Color.WHITE);
    }

    @Test
    void qrIcon_inTheScreenshot_isTheLibrarysCode_moduleForModule() {
        List<String> warnings = new ArrayList<>();
        DialogSpec spec = DialogSpec.builder()
                .icon(new IconSpec(ImageRef.parse("qr=" + URL), ImageRef.none(), 180, false, false, null))
                .buttons(Buttons.none())
                .build();

        BufferedImage image = DialogRenderer.render(spec, DialogRenderer.SCALE, warnings::add);

        QrCode code = QrPicture.encode(URL);
        Rectangle area = darkBounds(image); // nothing else on this screen is near black
        assertThat(area.width).isEqualTo(area.height);
        assertThat(area.width / (double) code.size).isGreaterThan(4); // 180 points at 2x: ~8 pixels a module
        assertThat(mismatches(image, area, code)).isEmpty();
        assertThat(warnings).isEmpty();
    }

    @Test
    void textTooLongForAnyQrCode_becomesAPlaceholder_andAWarning() {
        List<String> warnings = new ArrayList<>();
        Artwork artwork =
                new ImageLoader(warnings::add).load(new ImageRef.QrCode("x".repeat(5000)), ImageLoader.Slot.ICON);

        assertThat(artwork).isSameAs(Symbols.placeholder());
        assertThat(warnings).singleElement().asString().startsWith("the icon could not be read: qr=xxx");
    }
}
